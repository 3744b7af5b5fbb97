import type { Knex } from 'knex';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../config';
import { OutboxRepository, type OutboxRecord } from './outbox.repository';

export interface DeliveryReport {
  sent: number;
  failed: number;
}

/**
 * Delivers the outbox over SMTP when SMTP_URL is set; without it mail stays queued as a record.
 * Drains run one after another in this process, and each message is claimed before it is sent,
 * so no message goes twice even when several processes drain at once.
 */
export class OutboxService {
  readonly repo: OutboxRepository;
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    db: Knex,
    private readonly config: Pick<Config, 'smtpUrl' | 'mailFrom'>,
  ) {
    this.repo = new OutboxRepository(db);
  }

  /** Sends everything queued; resolves when this drain (and any before it) is done. */
  deliver(): Promise<DeliveryReport> {
    const run = this.chain.then(() => this.drain());
    this.chain = run.catch(() => undefined);
    return run;
  }

  /** Starts a drain after a commit without making the request wait for the mail server. */
  deliverLater(): void {
    this.deliver().catch((err) =>
      console.error('[outbox]', err instanceof Error ? err.message : err),
    );
  }

  private async drain(): Promise<DeliveryReport> {
    const report = { sent: 0, failed: 0 };
    if (!this.config.smtpUrl) return report;
    // One pool of connections per drain, closed when the outbox is empty.
    const transport = nodemailer.createTransport({ url: this.config.smtpUrl, pool: true });
    try {
      for (;;) {
        const batch = await this.repo.queued(100);
        if (!batch.length) return report;
        await Promise.all(batch.map((mail) => this.send(transport, mail, report)));
      }
    } finally {
      transport.close();
    }
  }

  private async send(transport: Transporter, mail: OutboxRecord, report: DeliveryReport) {
    if (!(await this.repo.claim(mail.id))) return;
    try {
      await transport.sendMail({
        from: this.config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        headers: { 'Content-Language': mail.language },
      });
      await this.repo.markSent(mail.id);
      report.sent++;
    } catch (err) {
      await this.repo.markFailed(mail.id, err instanceof Error ? err.message : String(err));
      report.failed++;
    }
  }
}

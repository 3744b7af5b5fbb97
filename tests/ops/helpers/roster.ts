const zips = ['27701', '27703', '27705', '27707', '27514', '27510', '27601', '27609'];

/** A national-layout roster of `lines` new Triangle members, built in memory. */
export function bigRoster(lines: number, firstAkId = 3_000_000): string {
  const out = [
    'AK_ID,DSA_chapter,first_name,last_name,Email,Mobile_Phone,Mailing_Zip,Join_Date,Xdate,membership_status,union_member,union_name',
  ];
  for (let i = 0; i < lines; i++) {
    out.push(
      [
        String(firstAkId + i),
        'Triangle',
        `Crash${i}`,
        `Test${i % 977}`,
        `crash.${firstAkId + i}@example.org`,
        `919-555-${String(i % 10_000).padStart(4, '0')}`,
        zips[i % zips.length],
        `${(i % 12) + 1}/${(i % 28) + 1}/20${10 + (i % 15)}`,
        '2026-03-01',
        i % 9 === 0 ? 'lapsed' : 'member in good standing',
        i % 3 === 0 ? '"Yes, current union member"' : '"No, not a union member"',
        i % 3 === 0 ? 'SEIU' : '',
      ].join(','),
    );
  }
  return out.join('\r\n') + '\r\n';
}

/** A figure that cannot be given (e.g. a rate from too few campaigns), with the reason said. */
export function NoFigure({ reason }: { reason: string }) {
  return (
    <span className="count-none" title={reason}>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{reason}</span>
    </span>
  );
}

import { importProblemCodes, type ImportProblem, type ImportResult } from '@shopfloor/shared';
import { useTranslation } from 'react-i18next';

type RejectedLine = ImportResult['rejected'][number];

const known = new Set<string>(importProblemCodes);

/**
 * Why a roster line is rejected, in the reader's language: each problem worded from its code. The
 * server's English stays where it sent no codes (an older server) or a code this client predates.
 */
export function useRejectionReasons() {
  const { t } = useTranslation();
  const reason = (problem: ImportProblem): string => {
    if (!known.has(problem.code)) return problem.message;
    return t(`workspace.import.problems.${problem.code}`, {
      replace: {
        ...problem.params,
        column: problem.column,
        fieldName: problem.field ? t(`workspace.rosterFields.${problem.field}`) : problem.column,
      },
    });
  };
  return (line: RejectedLine): string[] => line.problems?.map(reason) ?? line.errors;
}

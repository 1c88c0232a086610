import { HtmlValidate, StaticConfigLoader, type Report } from 'html-validate';

/**
 * html-validate with its recommended preset. No rule is switched off: any
 * exception added here must say why the rule is wrong for this site.
 */
export const htmlValidator = new HtmlValidate(
  new StaticConfigLoader({
    extends: ['html-validate:recommended'],
  }),
);

/** One line per problem: file, position, rule and message. */
export function formatReport(report: Report): string[] {
  return report.results.flatMap((result) =>
    result.messages.map(
      (message) =>
        `${result.filePath}:${message.line}:${message.column} ${message.ruleId}: ${message.message} (${message.selector ?? ''})`,
    ),
  );
}

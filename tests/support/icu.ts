// The argument names an ICU MessageFormat message uses, nested plural branches included: a translation must use the
// same ones as its English source (a missing `{name}` loses a value, an unknown one shows as braces).
import { IntlMessageFormat } from 'intl-messageformat';

type Ast = ReturnType<IntlMessageFormat['getAst']>;

function argumentsOf(ast: Ast): string[] {
  return ast.flatMap((el) => {
    const own = 'value' in el && typeof el.value === 'string' && el.type !== 0 ? [el.value] : [];
    const nested =
      'options' in el ? Object.values(el.options).flatMap((o) => argumentsOf((o as { value: Ast }).value)) : [];
    return [...own, ...nested];
  });
}

export const argsOf = (message: string, locale: string) =>
  [...new Set(argumentsOf(new IntlMessageFormat(message, locale).getAst()))].sort();

/** The file readers' error type and helpers live in the domain; io's readers import them from here. */
export { ImportError, oneLine, quoteValue } from '@waymark/domain';

export { isoDate, isoTime } from '../forms/pickers'

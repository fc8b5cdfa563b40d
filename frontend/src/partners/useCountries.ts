export { useCountries } from '../api/countries'

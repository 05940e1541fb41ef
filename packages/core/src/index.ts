export * from './access/rights';
export * from './errors/error-messages';
export * from './insurance-houses/insurance-houses';

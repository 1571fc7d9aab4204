export * from './readers';

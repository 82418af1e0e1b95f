// The part of `jsonld` that the Data Integrity verifier uses; it ships no type declarations.
declare module 'jsonld' {
  interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  interface CanonizeOptions {
    algorithm: 'RDFC-1.0' | 'URDNA2015';
    format: 'application/n-quads';
    documentLoader(url: string): Promise<RemoteDocument>;
    safe?: boolean;
  }
  const jsonld: { canonize(input: object, options: CanonizeOptions): Promise<string> };
  export default jsonld;
}

// The part of `jsonld` that the Data Integrity verifier uses; it ships no type declarations.
declare module 'jsonld' {
  interface RemoteDocument {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  interface ToRdfOptions {
    format: 'application/n-quads';
    documentLoader(url: string): Promise<RemoteDocument>;
    safe?: boolean;
  }
  interface CanonizeOptions {
    inputFormat: 'application/n-quads';
    format: 'application/n-quads';
    /** Passed to rdf-canonize: the algorithm and its bound on deep iterations. */
    canonizeOptions: { algorithm: 'RDFC-1.0'; maxWorkFactor: number };
  }
  const jsonld: {
    toRDF(input: object, options: ToRdfOptions): Promise<string>;
    canonize(input: string, options: CanonizeOptions): Promise<string>;
  };
  export default jsonld;
}

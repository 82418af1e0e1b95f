/**
 * A credential's verdicts, without its schemas: a listing's application names them, so the
 * board reads its listings without the credential model.
 */
export const VERDICTS = ['verified', 'expired', 'revoked', 'unverified', 'invalid'] as const;

/** Where a `did:web` identifier's DID document lives (did:web method, "read"). */
export function didWebUrl(did: string): string {
  const path = did.split('#')[0]!.slice('did:web:'.length).split(':').map(decodeURIComponent);
  return path.length === 1
    ? `https://${path[0]}/.well-known/did.json`
    : `https://${path.join('/')}/did.json`;
}

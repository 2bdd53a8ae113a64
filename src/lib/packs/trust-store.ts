/**
 * The licensors this build of Kinora trusts. A pack is only as trusted as this list: adding a
 * licensor is a code change, reviewed like one. Keys come from `npm run pack -- keygen`; the private
 * halves stay with each licensor, never in this repository.
 */
import type { TrustStore } from './types';

export const BUNDLED_TRUST_STORE: TrustStore = Object.freeze({
  'kinora-studio': { name: 'Kinora Studio', publicKey: 'vNKzy8C05GBEOrb3D5+BbQRx447INaWABjsiWVJaSlw=' },
  'lilypad-animation': { name: 'Lilypad Animation', publicKey: '3UqxwwDgwaaQ5VEMMxpOGwSMx8NZ5i/ltRXM+Gj7U+k=' },
});

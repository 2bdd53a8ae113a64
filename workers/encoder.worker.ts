/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { toKinoraError } from '../src/lib/errors';
import { deviceKeyPair } from '../src/lib/provenance/device-key';
import { encodeClip, pickCodec, type EncodeRequest } from '../src/lib/video/encode';

const api = {
  codec(width: number, height: number) {
    return pickCodec(width, height).catch((e) => Promise.reject(toKinoraError(e, 'EncoderUnsupported')));
  },
  async encode(request: EncodeRequest) {
    try {
      // The worker loads the device key itself from IndexedDB: the private key never crosses postMessage.
      const clip = await encodeClip(request, await deviceKeyPair());
      return Comlink.transfer(clip, [clip.bytes.buffer as ArrayBuffer]);
    } catch (e) {
      throw toKinoraError(e, 'EncodeFailed');
    }
  },
};

export type EncoderApi = typeof api;
Comlink.expose(api);

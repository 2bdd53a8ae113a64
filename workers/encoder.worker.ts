/// <reference lib="webworker" />
import * as Comlink from 'comlink';
import { toKinoraError } from '../src/lib/errors';
import { encodeClip, pickCodec, type EncodeRequest } from '../src/lib/video/encode';

const api = {
  codec(width: number, height: number) {
    return pickCodec(width, height).catch((e) => Promise.reject(toKinoraError(e, 'EncoderUnsupported')));
  },
  async encode(request: EncodeRequest) {
    try {
      const clip = await encodeClip(request);
      return Comlink.transfer(clip, [clip.bytes.buffer as ArrayBuffer]);
    } catch (e) {
      throw toKinoraError(e, 'EncodeFailed');
    }
  },
};

export type EncoderApi = typeof api;
Comlink.expose(api);

/** The UI's door to the encoder worker. */
import * as Comlink from 'comlink';
import { toKinoraError } from '../errors';
import type { EncoderApi } from '../../../workers/encoder.worker';
import type { EncodedClip, EncodeRequest } from './encode';

export class ClipEncoder {
  private api: Comlink.Remote<EncoderApi> | null = null;

  async encode(request: EncodeRequest): Promise<EncodedClip> {
    this.api ??= Comlink.wrap<EncoderApi>(new Worker(new URL('../../../workers/encoder.worker.ts', import.meta.url), { type: 'module', name: 'kinora-encoder' }));
    try {
      return await this.api.encode(Comlink.transfer(request, [request.frames.buffer as ArrayBuffer]));
    } catch (e) {
      throw toKinoraError(e, 'EncodeFailed');
    }
  }
}

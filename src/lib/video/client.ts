/** The UI's door to the encoder worker. */
import * as Comlink from 'comlink';
import { toKinoraError } from '../errors';
import type { EncoderApi } from '../../../workers/encoder.worker';
import type { EncodedClip, EncodeRequest } from './encode';

export class ClipEncoder {
  private api: Comlink.Remote<EncoderApi> | null = null;

  private start(): Comlink.Remote<EncoderApi> {
    this.api ??= Comlink.wrap<EncoderApi>(new Worker(new URL('../../../workers/encoder.worker.ts', import.meta.url), { type: 'module', name: 'kinora-encoder' }));
    return this.api;
  }

  /** Starts the worker ahead of the first clip and says which codec it will use. */
  async codec(width: number, height: number): Promise<string> {
    try {
      return await this.start().codec(width, height);
    } catch (e) {
      throw toKinoraError(e, 'EncoderUnsupported');
    }
  }

  async encode(request: EncodeRequest): Promise<EncodedClip> {
    try {
      return await this.start().encode(Comlink.transfer(request, [request.frames.buffer as ArrayBuffer]));
    } catch (e) {
      throw toKinoraError(e, 'EncodeFailed');
    }
  }
}

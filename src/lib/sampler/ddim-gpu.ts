/**
 * The DDIM step on the GPU: classifier-free guidance and the v-parameterisation update as one WGSL
 * compute kernel, so that on WebGPU the latent stays on the device between denoiser calls. The same
 * maths as applyGuidance + ddimStep (ddim.ts), in f32:
 *
 *   v   = uncond + scale * (cond - uncond)      (only with guidance: batch 2, conditional first)
 *   x0  = alpha * z - sigma * v
 *   eps = sigma * z + alpha * v
 *   z'  = alphaNext * x0 + sigmaNext * eps      (written to every batch half)
 *
 * Plain WebGPU, no onnxruntime: the caller makes it on the device its model runs on, feeds `latent`
 * to the model and hands each call's velocity buffer to step(). The clean estimate stays on the GPU
 * until readX0() is called.
 */
import { KinoraError } from '../errors';
import { alphaSigma, type NoiseSchedule } from './schedule';

const WORKGROUP = 256;

export const DDIM_WGSL = /* wgsl */ `
struct Step {
  alpha: f32,
  sigma: f32,
  alphaNext: f32,
  sigmaNext: f32,
  scale: f32,
  size: u32,
  cfg: u32,
}
@group(0) @binding(0) var<storage, read_write> z: array<f32>;
@group(0) @binding(1) var<storage, read> v: array<f32>;
@group(0) @binding(2) var<storage, read_write> x0: array<f32>;
@group(0) @binding(3) var<uniform> p: Step;

@compute @workgroup_size(${WORKGROUP})
fn main(@builtin(workgroup_id) group: vec3u, @builtin(num_workgroups) groups: vec3u, @builtin(local_invocation_index) lane: u32) {
  let i = (group.y * groups.x + group.x) * ${WORKGROUP}u + lane;
  if (i >= p.size) {
    return;
  }
  var vi = v[i];
  if (p.cfg != 0u) {
    let u = v[i + p.size];
    vi = u + p.scale * (vi - u);
  }
  let zi = z[i];
  let x = p.alpha * zi - p.sigma * vi;
  let eps = p.sigma * zi + p.alpha * vi;
  x0[i] = x;
  let next = p.alphaNext * x + p.sigmaNext * eps;
  z[i] = next;
  if (p.cfg != 0u) {
    z[i + p.size] = next;
  }
}`;

export interface GpuDdimOptions {
  /** Values in one clip's latent (one batch item). */
  size: number;
  /** Classifier-free guidance scale (the model runs at batch 2: conditional, then unconditional), or null (batch 1). */
  guidance: number | null;
}

/** Why a GPU step failed, as a message a person can read. */
function gpuFailure(what: string, error: unknown): KinoraError {
  // Errors, DOMExceptions and GPUErrors all carry a message.
  const reason = typeof error === 'object' && error !== null && 'message' in error ? String(error.message) : String(error);
  return new KinoraError('GenerationFailed', `The GPU ${what} failed: ${reason || 'no reason given'}.`);
}

/** Runs `record` inside validation and out-of-memory error scopes; throws the first error either caught. */
async function checked<T>(device: GPUDevice, what: string, record: () => T): Promise<T> {
  device.pushErrorScope('validation');
  device.pushErrorScope('out-of-memory');
  let result: T;
  try {
    result = record();
  } finally {
    const [memory, validation] = [await device.popErrorScope(), await device.popErrorScope()];
    const error = memory ?? validation;
    if (error) throw gpuFailure(what, error);
  }
  return result;
}

/** The latent, the clean estimate and the step kernel on one device. Call destroy() when done (also after an error). */
export class GpuDdim {
  /** The model's latent input, [batch, ...clip] f32: written with the noise, then updated in place each step. */
  readonly latent: GPUBuffer;
  readonly batch: 1 | 2;
  private readonly x0: GPUBuffer;
  private readonly params: GPUBuffer;
  private readonly staging: GPUBuffer;
  private readonly bytes: number;
  private readonly groups: [number, number];

  private constructor(
    private readonly device: GPUDevice,
    private readonly options: GpuDdimOptions,
    private readonly pipeline: GPUComputePipeline,
    buffers: { latent: GPUBuffer; x0: GPUBuffer; params: GPUBuffer; staging: GPUBuffer },
  ) {
    ({ latent: this.latent, x0: this.x0, params: this.params, staging: this.staging } = buffers);
    this.batch = options.guidance === null ? 1 : 2;
    this.bytes = options.size * 4;
    // One invocation per value; past the per-dimension limit the workgroups wrap into rows.
    const needed = Math.ceil(options.size / WORKGROUP);
    const perRow = Math.min(needed, device.limits.maxComputeWorkgroupsPerDimension);
    this.groups = [perRow, Math.ceil(needed / perRow)];
  }

  /** Makes the buffers and compiles the kernel; a device that cannot (out of memory, lost) throws a KinoraError. */
  static async create(device: GPUDevice, options: GpuDdimOptions): Promise<GpuDdim> {
    if (!Number.isInteger(options.size) || options.size <= 0) throw new RangeError(`latent size must be a positive whole number (got ${options.size})`);
    const batch = options.guidance === null ? 1 : 2;
    const made: GPUBuffer[] = [];
    const buffer = (size: number, usage: number) => {
      const b = device.createBuffer({ size, usage });
      made.push(b);
      return b;
    };
    try {
      const buffers = await checked(device, 'sampler setup', () => ({
        latent: buffer(batch * options.size * 4, GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_DST | GPUBufferUsage.COPY_SRC),
        x0: buffer(options.size * 4, GPUBufferUsage.STORAGE | GPUBufferUsage.COPY_SRC),
        params: buffer(32, GPUBufferUsage.UNIFORM | GPUBufferUsage.COPY_DST),
        staging: buffer(options.size * 4, GPUBufferUsage.MAP_READ | GPUBufferUsage.COPY_DST),
      }));
      const pipeline = await device.createComputePipelineAsync({ layout: 'auto', compute: { module: device.createShaderModule({ code: DDIM_WGSL }), entryPoint: 'main' } });
      return new GpuDdim(device, options, pipeline, buffers);
    } catch (e) {
      made.forEach((b) => b.destroy());
      throw e instanceof KinoraError ? e : gpuFailure('sampler setup', e);
    }
  }

  /** Writes the starting noise (one clip) into every batch half of the latent. */
  writeLatent(noise: Float32Array<ArrayBuffer>): void {
    if (noise.length !== this.options.size) throw new RangeError(`noise has ${noise.length} values, the latent ${this.options.size}`);
    for (let half = 0; half < this.batch; half++) this.device.queue.writeBuffer(this.latent, half * this.bytes, noise);
  }

  /**
   * One DDIM step from t to tNext with the model's velocity for the current latent ([batch, ...clip],
   * on this device); queued after the model's own work, so it can run as soon as the model's has.
   */
  async step(schedule: NoiseSchedule, velocity: GPUBuffer, t: number, tNext: number): Promise<void> {
    const now = alphaSigma(schedule, t);
    const next = alphaSigma(schedule, tNext);
    const params = new ArrayBuffer(32);
    new Float32Array(params, 0, 5).set([now.alpha, now.sigma, next.alpha, next.sigma, this.options.guidance ?? 0]);
    new Uint32Array(params, 20, 2).set([this.options.size, this.batch - 1]);
    await checked(this.device, 'sampler step', () => {
      this.device.queue.writeBuffer(this.params, 0, params);
      const bindGroup = this.device.createBindGroup({
        layout: this.pipeline.getBindGroupLayout(0),
        entries: [
          { binding: 0, resource: { buffer: this.latent } },
          { binding: 1, resource: { buffer: velocity, size: this.batch * this.bytes } },
          { binding: 2, resource: { buffer: this.x0 } },
          { binding: 3, resource: { buffer: this.params } },
        ],
      });
      const encoder = this.device.createCommandEncoder();
      const pass = encoder.beginComputePass();
      pass.setPipeline(this.pipeline);
      pass.setBindGroup(0, bindGroup);
      pass.dispatchWorkgroups(...this.groups);
      pass.end();
      this.device.queue.submit([encoder.finish()]);
    });
  }

  /** The clean estimate of the last step, read back to the CPU (one copy; waits for the GPU). */
  async readX0(): Promise<Float32Array> {
    await checked(this.device, 'read-back', () => {
      const encoder = this.device.createCommandEncoder();
      encoder.copyBufferToBuffer(this.x0, 0, this.staging, 0, this.bytes);
      this.device.queue.submit([encoder.finish()]);
    });
    try {
      await this.staging.mapAsync(GPUMapMode.READ);
    } catch (e) {
      throw gpuFailure('read-back', e);
    }
    try {
      return new Float32Array(this.staging.getMappedRange().slice(0));
    } finally {
      this.staging.unmap();
    }
  }

  destroy(): void {
    for (const b of [this.latent, this.x0, this.params, this.staging]) b.destroy();
  }
}

import "server-only";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { storageBackends } from "@/db/schema";
import type { Env } from "@/server/env";
import { type AppError, wordedError } from "@/server/errors";

export type StorageBackend = (typeof storageBackends)[number];

/** One place proof files are kept. Keys use forward slashes (`<partnerId>/<id>.jpg`). */
export interface ProofStore {
  readonly backend: StorageBackend;
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The object's bytes, or null when there is none; other failures throw. */
  get(key: string): Promise<Buffer | null>;
}

export type S3StoreConfig = {
  bucket: string;
  /** An S3-compatible server; unset for AWS itself. */
  endpoint?: string;
  region: string;
  forcePathStyle: boolean;
  /** Unset: the SDK's default credential chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string };
};

export type ProofStorageConfig = {
  /** Where new proofs are written. */
  backend: StorageBackend;
  /** This instance's folder for local proofs (new ones, and older ones after a switch to S3). */
  localDir: string;
  /** Required when `backend` is `s3`; when set with `local`, proofs already in S3 stay readable. */
  s3?: S3StoreConfig;
};

/** Writes new proofs to one backend and reads each stored proof from the backend its row names. */
export type ProofStorage = {
  readonly current: ProofStore;
  /** The store for a row's backend; throws when this instance is not configured for it. */
  store(backend: StorageBackend): ProofStore;
};

/** Proof files in a folder on this instance's disk. */
export function localProofStore(dir: string): ProofStore {
  const file = (key: string) => path.join(dir, ...key.split("/"));
  return {
    backend: "local",
    async put(key, bytes) {
      await mkdir(path.dirname(file(key)), { recursive: true });
      await writeFile(file(key), bytes);
    },
    get(key) {
      return readFile(file(key)).catch((error: NodeJS.ErrnoException) => {
        if (error.code === "ENOENT") return null;
        throw error;
      });
    },
  };
}

/** A failure of the object store is an outage (503, cause kept for the logs), not a bad request. */
function storageUnavailable(cause: unknown): AppError {
  return wordedError("UNAVAILABLE", { key: "server.photoStorageUnreachable" }, { cause });
}

/** Proof files as objects in an S3 (or S3-compatible) bucket. */
export function s3ProofStore(config: S3StoreConfig): ProofStore {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    credentials: config.credentials,
    // Checksums only where the API requires them: many S3-compatible servers reject the default CRC32 headers.
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
  });
  return {
    backend: "s3",
    async put(key, bytes, contentType) {
      await client
        .send(new PutObjectCommand({ Bucket: config.bucket, Key: key, Body: bytes, ContentType: contentType }))
        .catch((error: unknown) => {
          throw storageUnavailable(error);
        });
    },
    async get(key) {
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: config.bucket, Key: key }));
        if (!object.Body) return null;
        return Buffer.from(await object.Body.transformToByteArray());
      } catch (error) {
        const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
        if ((error as Error).name === "NoSuchKey" || status === 404) return null;
        throw storageUnavailable(error);
      }
    },
  };
}

/** The stores a configuration names; the S3 client is made once and shared. */
export function createProofStorage(config: ProofStorageConfig): ProofStorage {
  const local = localProofStore(config.localDir);
  const s3 = config.s3 ? s3ProofStore(config.s3) : undefined;
  if (config.backend === "s3" && !s3) throw new Error("Proof storage: S3 is chosen but not configured");
  const store = (backend: StorageBackend): ProofStore => {
    if (backend === "local") return local;
    if (s3) return s3;
    throw wordedError("UNAVAILABLE", { key: "server.photoStorageElsewhere" });
  };
  return { current: store(config.backend), store };
}

/** The proof storage configuration the environment describes. */
export function proofStorageConfig(
  env: Pick<
    Env,
    | "DATA_DIR"
    | "PROOF_STORAGE"
    | "S3_BUCKET"
    | "S3_ENDPOINT"
    | "S3_REGION"
    | "S3_ACCESS_KEY_ID"
    | "S3_SECRET_ACCESS_KEY"
    | "S3_FORCE_PATH_STYLE"
  >,
): ProofStorageConfig {
  return {
    backend: env.PROOF_STORAGE,
    localDir: path.join(env.DATA_DIR, "proofs"),
    s3: env.S3_BUCKET
      ? {
          bucket: env.S3_BUCKET,
          endpoint: env.S3_ENDPOINT,
          region: env.S3_REGION,
          forcePathStyle: env.S3_FORCE_PATH_STYLE,
          credentials:
            env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
              ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
              : undefined,
        }
      : undefined,
  };
}

let processStorage: ProofStorage | undefined;

/** The process-wide proof storage, from the environment (one S3 client per process). */
export async function getProofStorage(): Promise<ProofStorage> {
  if (!processStorage) {
    const { env } = await import("@/server/env");
    processStorage = createProofStorage(proofStorageConfig(env));
  }
  return processStorage;
}

import type { Codec, DecodeOptions } from 'protons-runtime';
import type { Uint8ArrayList } from 'uint8arraylist';
export interface ChatPayload {
    version: number;
    text: Uint8Array<ArrayBuffer>;
    nick: Uint8Array<ArrayBuffer>;
    sentAtMs: bigint;
    nonce: Uint8Array<ArrayBuffer>;
}
export declare namespace ChatPayload {
    const codec: () => Codec<ChatPayload>;
    interface ChatPayloadVersionFieldEvent {
        field: '$.version';
        value: number;
    }
    interface ChatPayloadTextFieldEvent {
        field: '$.text';
        value: Uint8Array<ArrayBuffer>;
    }
    interface ChatPayloadNickFieldEvent {
        field: '$.nick';
        value: Uint8Array<ArrayBuffer>;
    }
    interface ChatPayloadSentAtMsFieldEvent {
        field: '$.sentAtMs';
        value: bigint;
    }
    interface ChatPayloadNonceFieldEvent {
        field: '$.nonce';
        value: Uint8Array<ArrayBuffer>;
    }
    function encode(obj: Partial<ChatPayload>): Uint8Array<ArrayBuffer>;
    function decode(buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ChatPayload>): ChatPayload;
    function stream(buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<ChatPayload>): Generator<ChatPayloadVersionFieldEvent | ChatPayloadTextFieldEvent | ChatPayloadNickFieldEvent | ChatPayloadSentAtMsFieldEvent | ChatPayloadNonceFieldEvent>;
}

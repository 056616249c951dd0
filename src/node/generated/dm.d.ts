import type { Codec, DecodeOptions } from 'protons-runtime';
import type { Uint8ArrayList } from 'uint8arraylist';
export interface DirectMessage {
    payload: Uint8Array<ArrayBuffer>;
    publicKey: Uint8Array<ArrayBuffer>;
    signature: Uint8Array<ArrayBuffer>;
}
export declare namespace DirectMessage {
    const codec: () => Codec<DirectMessage>;
    interface DirectMessagePayloadFieldEvent {
        field: '$.payload';
        value: Uint8Array<ArrayBuffer>;
    }
    interface DirectMessagePublicKeyFieldEvent {
        field: '$.publicKey';
        value: Uint8Array<ArrayBuffer>;
    }
    interface DirectMessageSignatureFieldEvent {
        field: '$.signature';
        value: Uint8Array<ArrayBuffer>;
    }
    function encode(obj: Partial<DirectMessage>): Uint8Array<ArrayBuffer>;
    function decode(buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<DirectMessage>): DirectMessage;
    function stream(buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<DirectMessage>): Generator<DirectMessagePayloadFieldEvent | DirectMessagePublicKeyFieldEvent | DirectMessageSignatureFieldEvent>;
}
export interface DmAck {
    status: number;
    reason: string;
}
export declare namespace DmAck {
    const codec: () => Codec<DmAck>;
    interface DmAckStatusFieldEvent {
        field: '$.status';
        value: number;
    }
    interface DmAckReasonFieldEvent {
        field: '$.reason';
        value: string;
    }
    function encode(obj: Partial<DmAck>): Uint8Array<ArrayBuffer>;
    function decode(buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<DmAck>): DmAck;
    function stream(buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<DmAck>): Generator<DmAckStatusFieldEvent | DmAckReasonFieldEvent>;
}

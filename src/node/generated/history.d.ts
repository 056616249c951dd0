import type { Codec, DecodeOptions } from 'protons-runtime';
import type { Uint8ArrayList } from 'uint8arraylist';
export declare enum Direction {
    BACKWARD = "BACKWARD",
    FORWARD = "FORWARD"
}
export declare namespace Direction {
    const codec: () => Codec<Direction>;
}
export interface HistoryQuery {
    requestId: string;
    room: string;
    startMs?: bigint;
    endMs?: bigint;
    cursor?: Uint8Array<ArrayBuffer>;
    direction: Direction;
    limit: number;
}
export declare namespace HistoryQuery {
    const codec: () => Codec<HistoryQuery>;
    interface HistoryQueryRequestIdFieldEvent {
        field: '$.requestId';
        value: string;
    }
    interface HistoryQueryRoomFieldEvent {
        field: '$.room';
        value: string;
    }
    interface HistoryQueryStartMsFieldEvent {
        field: '$.startMs';
        value: bigint;
    }
    interface HistoryQueryEndMsFieldEvent {
        field: '$.endMs';
        value: bigint;
    }
    interface HistoryQueryCursorFieldEvent {
        field: '$.cursor';
        value: Uint8Array<ArrayBuffer>;
    }
    interface HistoryQueryDirectionFieldEvent {
        field: '$.direction';
        value: Direction;
    }
    interface HistoryQueryLimitFieldEvent {
        field: '$.limit';
        value: number;
    }
    function encode(obj: Partial<HistoryQuery>): Uint8Array<ArrayBuffer>;
    function decode(buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<HistoryQuery>): HistoryQuery;
    function stream(buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<HistoryQuery>): Generator<HistoryQueryRequestIdFieldEvent | HistoryQueryRoomFieldEvent | HistoryQueryStartMsFieldEvent | HistoryQueryEndMsFieldEvent | HistoryQueryCursorFieldEvent | HistoryQueryDirectionFieldEvent | HistoryQueryLimitFieldEvent>;
}
export interface HistoryMessage {
    from?: Uint8Array<ArrayBuffer>;
    data?: Uint8Array<ArrayBuffer>;
    seqno?: Uint8Array<ArrayBuffer>;
    topic: string;
    signature?: Uint8Array<ArrayBuffer>;
    key?: Uint8Array<ArrayBuffer>;
}
export declare namespace HistoryMessage {
    const codec: () => Codec<HistoryMessage>;
    interface HistoryMessageFromFieldEvent {
        field: '$.from';
        value: Uint8Array<ArrayBuffer>;
    }
    interface HistoryMessageDataFieldEvent {
        field: '$.data';
        value: Uint8Array<ArrayBuffer>;
    }
    interface HistoryMessageSeqnoFieldEvent {
        field: '$.seqno';
        value: Uint8Array<ArrayBuffer>;
    }
    interface HistoryMessageTopicFieldEvent {
        field: '$.topic';
        value: string;
    }
    interface HistoryMessageSignatureFieldEvent {
        field: '$.signature';
        value: Uint8Array<ArrayBuffer>;
    }
    interface HistoryMessageKeyFieldEvent {
        field: '$.key';
        value: Uint8Array<ArrayBuffer>;
    }
    function encode(obj: Partial<HistoryMessage>): Uint8Array<ArrayBuffer>;
    function decode(buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<HistoryMessage>): HistoryMessage;
    function stream(buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<HistoryMessage>): Generator<HistoryMessageFromFieldEvent | HistoryMessageDataFieldEvent | HistoryMessageSeqnoFieldEvent | HistoryMessageTopicFieldEvent | HistoryMessageSignatureFieldEvent | HistoryMessageKeyFieldEvent>;
}
export interface HistoryResponse {
    requestId: string;
    statusCode: number;
    statusText: string;
    messages: HistoryMessage[];
    nextCursor?: Uint8Array<ArrayBuffer>;
}
export declare namespace HistoryResponse {
    const codec: () => Codec<HistoryResponse>;
    interface HistoryResponseRequestIdFieldEvent {
        field: '$.requestId';
        value: string;
    }
    interface HistoryResponseStatusCodeFieldEvent {
        field: '$.statusCode';
        value: number;
    }
    interface HistoryResponseStatusTextFieldEvent {
        field: '$.statusText';
        value: string;
    }
    interface HistoryResponseMessagesFromFieldEvent {
        field: '$.messages[].from';
        value: Uint8Array<ArrayBuffer>;
        index: number;
    }
    interface HistoryResponseMessagesDataFieldEvent {
        field: '$.messages[].data';
        value: Uint8Array<ArrayBuffer>;
        index: number;
    }
    interface HistoryResponseMessagesSeqnoFieldEvent {
        field: '$.messages[].seqno';
        value: Uint8Array<ArrayBuffer>;
        index: number;
    }
    interface HistoryResponseMessagesTopicFieldEvent {
        field: '$.messages[].topic';
        value: string;
        index: number;
    }
    interface HistoryResponseMessagesSignatureFieldEvent {
        field: '$.messages[].signature';
        value: Uint8Array<ArrayBuffer>;
        index: number;
    }
    interface HistoryResponseMessagesKeyFieldEvent {
        field: '$.messages[].key';
        value: Uint8Array<ArrayBuffer>;
        index: number;
    }
    interface HistoryResponseNextCursorFieldEvent {
        field: '$.nextCursor';
        value: Uint8Array<ArrayBuffer>;
    }
    function encode(obj: Partial<HistoryResponse>): Uint8Array<ArrayBuffer>;
    function decode(buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<HistoryResponse>): HistoryResponse;
    function stream(buf: Uint8Array | Uint8ArrayList, opts?: DecodeOptions<HistoryResponse>): Generator<HistoryResponseRequestIdFieldEvent | HistoryResponseStatusCodeFieldEvent | HistoryResponseStatusTextFieldEvent | HistoryResponseMessagesFromFieldEvent | HistoryResponseMessagesDataFieldEvent | HistoryResponseMessagesSeqnoFieldEvent | HistoryResponseMessagesTopicFieldEvent | HistoryResponseMessagesSignatureFieldEvent | HistoryResponseMessagesKeyFieldEvent | HistoryResponseNextCursorFieldEvent>;
}

import { decodeMessage, encodeMessage, message, streamMessage } from 'protons-runtime';
import { alloc as uint8ArrayAlloc } from 'uint8arrays/alloc';
export var ChatPayload;
(function (ChatPayload) {
    let _codec;
    ChatPayload.codec = () => {
        if (_codec == null) {
            _codec = message((obj, w, opts = {}) => {
                if (opts.lengthDelimited !== false) {
                    w.fork();
                }
                if ((obj.version != null && obj.version !== 0)) {
                    w.uint32(8);
                    w.uint32(obj.version);
                }
                if ((obj.text != null && obj.text.byteLength > 0)) {
                    w.uint32(18);
                    w.bytes(obj.text);
                }
                if ((obj.nick != null && obj.nick.byteLength > 0)) {
                    w.uint32(26);
                    w.bytes(obj.nick);
                }
                if ((obj.sentAtMs != null && obj.sentAtMs !== 0n)) {
                    w.uint32(32);
                    w.uint64(obj.sentAtMs);
                }
                if ((obj.nonce != null && obj.nonce.byteLength > 0)) {
                    w.uint32(42);
                    w.bytes(obj.nonce);
                }
                if (opts.lengthDelimited !== false) {
                    w.ldelim();
                }
            }, (reader, length, opts = {}) => {
                const obj = {
                    version: 0,
                    text: uint8ArrayAlloc(0),
                    nick: uint8ArrayAlloc(0),
                    sentAtMs: 0n,
                    nonce: uint8ArrayAlloc(0)
                };
                const end = length == null ? reader.len : reader.pos + length;
                while (reader.pos < end) {
                    const tag = reader.uint32();
                    switch (tag >>> 3) {
                        case 1: {
                            obj.version = reader.uint32();
                            break;
                        }
                        case 2: {
                            obj.text = reader.bytes();
                            break;
                        }
                        case 3: {
                            obj.nick = reader.bytes();
                            break;
                        }
                        case 4: {
                            obj.sentAtMs = reader.uint64();
                            break;
                        }
                        case 5: {
                            obj.nonce = reader.bytes();
                            break;
                        }
                        default: {
                            reader.skipType(tag & 7);
                            break;
                        }
                    }
                }
                return obj;
            }, function* (reader, length, prefix, opts = {}) {
                const end = length == null ? reader.len : reader.pos + length;
                while (reader.pos < end) {
                    const tag = reader.uint32();
                    switch (tag >>> 3) {
                        case 1: {
                            yield {
                                field: `${prefix}.version`,
                                value: reader.uint32()
                            };
                            break;
                        }
                        case 2: {
                            yield {
                                field: `${prefix}.text`,
                                value: reader.bytes()
                            };
                            break;
                        }
                        case 3: {
                            yield {
                                field: `${prefix}.nick`,
                                value: reader.bytes()
                            };
                            break;
                        }
                        case 4: {
                            yield {
                                field: `${prefix}.sentAtMs`,
                                value: reader.uint64()
                            };
                            break;
                        }
                        case 5: {
                            yield {
                                field: `${prefix}.nonce`,
                                value: reader.bytes()
                            };
                            break;
                        }
                        default: {
                            reader.skipType(tag & 7);
                            break;
                        }
                    }
                }
            });
        }
        return _codec;
    };
    function encode(obj) {
        return encodeMessage(obj, ChatPayload.codec());
    }
    ChatPayload.encode = encode;
    function decode(buf, opts) {
        return decodeMessage(buf, ChatPayload.codec(), opts);
    }
    ChatPayload.decode = decode;
    function stream(buf, opts) {
        return streamMessage(buf, ChatPayload.codec(), opts);
    }
    ChatPayload.stream = stream;
})(ChatPayload || (ChatPayload = {}));

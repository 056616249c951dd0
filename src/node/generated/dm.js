import { decodeMessage, encodeMessage, message, streamMessage } from 'protons-runtime';
import { alloc as uint8ArrayAlloc } from 'uint8arrays/alloc';
export var DirectMessage;
(function (DirectMessage) {
    let _codec;
    DirectMessage.codec = () => {
        if (_codec == null) {
            _codec = message((obj, w, opts = {}) => {
                if (opts.lengthDelimited !== false) {
                    w.fork();
                }
                if ((obj.payload != null && obj.payload.byteLength > 0)) {
                    w.uint32(10);
                    w.bytes(obj.payload);
                }
                if ((obj.publicKey != null && obj.publicKey.byteLength > 0)) {
                    w.uint32(18);
                    w.bytes(obj.publicKey);
                }
                if ((obj.signature != null && obj.signature.byteLength > 0)) {
                    w.uint32(26);
                    w.bytes(obj.signature);
                }
                if (opts.lengthDelimited !== false) {
                    w.ldelim();
                }
            }, (reader, length, opts = {}) => {
                const obj = {
                    payload: uint8ArrayAlloc(0),
                    publicKey: uint8ArrayAlloc(0),
                    signature: uint8ArrayAlloc(0)
                };
                const end = length == null ? reader.len : reader.pos + length;
                while (reader.pos < end) {
                    const tag = reader.uint32();
                    switch (tag >>> 3) {
                        case 1: {
                            obj.payload = reader.bytes();
                            break;
                        }
                        case 2: {
                            obj.publicKey = reader.bytes();
                            break;
                        }
                        case 3: {
                            obj.signature = reader.bytes();
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
                                field: `${prefix}.payload`,
                                value: reader.bytes()
                            };
                            break;
                        }
                        case 2: {
                            yield {
                                field: `${prefix}.publicKey`,
                                value: reader.bytes()
                            };
                            break;
                        }
                        case 3: {
                            yield {
                                field: `${prefix}.signature`,
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
        return encodeMessage(obj, DirectMessage.codec());
    }
    DirectMessage.encode = encode;
    function decode(buf, opts) {
        return decodeMessage(buf, DirectMessage.codec(), opts);
    }
    DirectMessage.decode = decode;
    function stream(buf, opts) {
        return streamMessage(buf, DirectMessage.codec(), opts);
    }
    DirectMessage.stream = stream;
})(DirectMessage || (DirectMessage = {}));
export var DmAck;
(function (DmAck) {
    let _codec;
    DmAck.codec = () => {
        if (_codec == null) {
            _codec = message((obj, w, opts = {}) => {
                if (opts.lengthDelimited !== false) {
                    w.fork();
                }
                if ((obj.status != null && obj.status !== 0)) {
                    w.uint32(8);
                    w.uint32(obj.status);
                }
                if ((obj.reason != null && obj.reason !== '')) {
                    w.uint32(18);
                    w.string(obj.reason);
                }
                if (opts.lengthDelimited !== false) {
                    w.ldelim();
                }
            }, (reader, length, opts = {}) => {
                const obj = {
                    status: 0,
                    reason: ''
                };
                const end = length == null ? reader.len : reader.pos + length;
                while (reader.pos < end) {
                    const tag = reader.uint32();
                    switch (tag >>> 3) {
                        case 1: {
                            obj.status = reader.uint32();
                            break;
                        }
                        case 2: {
                            obj.reason = reader.string();
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
                                field: `${prefix}.status`,
                                value: reader.uint32()
                            };
                            break;
                        }
                        case 2: {
                            yield {
                                field: `${prefix}.reason`,
                                value: reader.string()
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
        return encodeMessage(obj, DmAck.codec());
    }
    DmAck.encode = encode;
    function decode(buf, opts) {
        return decodeMessage(buf, DmAck.codec(), opts);
    }
    DmAck.decode = decode;
    function stream(buf, opts) {
        return streamMessage(buf, DmAck.codec(), opts);
    }
    DmAck.stream = stream;
})(DmAck || (DmAck = {}));

import { decodeMessage, encodeMessage, enumeration, MaxLengthError, message, streamMessage } from 'protons-runtime';
export var Direction;
(function (Direction) {
    Direction["BACKWARD"] = "BACKWARD";
    Direction["FORWARD"] = "FORWARD";
})(Direction || (Direction = {}));
var __DirectionValues;
(function (__DirectionValues) {
    __DirectionValues[__DirectionValues["BACKWARD"] = 0] = "BACKWARD";
    __DirectionValues[__DirectionValues["FORWARD"] = 1] = "FORWARD";
})(__DirectionValues || (__DirectionValues = {}));
(function (Direction) {
    Direction.codec = () => {
        return enumeration(__DirectionValues);
    };
})(Direction || (Direction = {}));
export var HistoryQuery;
(function (HistoryQuery) {
    let _codec;
    HistoryQuery.codec = () => {
        if (_codec == null) {
            _codec = message((obj, w, opts = {}) => {
                if (opts.lengthDelimited !== false) {
                    w.fork();
                }
                if ((obj.requestId != null && obj.requestId !== '')) {
                    w.uint32(10);
                    w.string(obj.requestId);
                }
                if ((obj.room != null && obj.room !== '')) {
                    w.uint32(18);
                    w.string(obj.room);
                }
                if (obj.startMs != null) {
                    w.uint32(24);
                    w.uint64(obj.startMs);
                }
                if (obj.endMs != null) {
                    w.uint32(32);
                    w.uint64(obj.endMs);
                }
                if (obj.cursor != null) {
                    w.uint32(42);
                    w.bytes(obj.cursor);
                }
                if (obj.direction != null && __DirectionValues[obj.direction] !== 0) {
                    w.uint32(48);
                    Direction.codec().encode(obj.direction, w);
                }
                if ((obj.limit != null && obj.limit !== 0)) {
                    w.uint32(56);
                    w.uint32(obj.limit);
                }
                if (opts.lengthDelimited !== false) {
                    w.ldelim();
                }
            }, (reader, length, opts = {}) => {
                const obj = {
                    requestId: '',
                    room: '',
                    direction: Direction.BACKWARD,
                    limit: 0
                };
                const end = length == null ? reader.len : reader.pos + length;
                while (reader.pos < end) {
                    const tag = reader.uint32();
                    switch (tag >>> 3) {
                        case 1: {
                            obj.requestId = reader.string();
                            break;
                        }
                        case 2: {
                            obj.room = reader.string();
                            break;
                        }
                        case 3: {
                            obj.startMs = reader.uint64();
                            break;
                        }
                        case 4: {
                            obj.endMs = reader.uint64();
                            break;
                        }
                        case 5: {
                            obj.cursor = reader.bytes();
                            break;
                        }
                        case 6: {
                            obj.direction = Direction.codec().decode(reader);
                            break;
                        }
                        case 7: {
                            obj.limit = reader.uint32();
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
                                field: `${prefix}.requestId`,
                                value: reader.string()
                            };
                            break;
                        }
                        case 2: {
                            yield {
                                field: `${prefix}.room`,
                                value: reader.string()
                            };
                            break;
                        }
                        case 3: {
                            yield {
                                field: `${prefix}.startMs`,
                                value: reader.uint64()
                            };
                            break;
                        }
                        case 4: {
                            yield {
                                field: `${prefix}.endMs`,
                                value: reader.uint64()
                            };
                            break;
                        }
                        case 5: {
                            yield {
                                field: `${prefix}.cursor`,
                                value: reader.bytes()
                            };
                            break;
                        }
                        case 6: {
                            yield {
                                field: `${prefix}.direction`,
                                value: Direction.codec().decode(reader)
                            };
                            break;
                        }
                        case 7: {
                            yield {
                                field: `${prefix}.limit`,
                                value: reader.uint32()
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
        return encodeMessage(obj, HistoryQuery.codec());
    }
    HistoryQuery.encode = encode;
    function decode(buf, opts) {
        return decodeMessage(buf, HistoryQuery.codec(), opts);
    }
    HistoryQuery.decode = decode;
    function stream(buf, opts) {
        return streamMessage(buf, HistoryQuery.codec(), opts);
    }
    HistoryQuery.stream = stream;
})(HistoryQuery || (HistoryQuery = {}));
export var HistoryMessage;
(function (HistoryMessage) {
    let _codec;
    HistoryMessage.codec = () => {
        if (_codec == null) {
            _codec = message((obj, w, opts = {}) => {
                if (opts.lengthDelimited !== false) {
                    w.fork();
                }
                if (obj.from != null) {
                    w.uint32(10);
                    w.bytes(obj.from);
                }
                if (obj.data != null) {
                    w.uint32(18);
                    w.bytes(obj.data);
                }
                if (obj.seqno != null) {
                    w.uint32(26);
                    w.bytes(obj.seqno);
                }
                if ((obj.topic != null && obj.topic !== '')) {
                    w.uint32(34);
                    w.string(obj.topic);
                }
                if (obj.signature != null) {
                    w.uint32(42);
                    w.bytes(obj.signature);
                }
                if (obj.key != null) {
                    w.uint32(50);
                    w.bytes(obj.key);
                }
                if (opts.lengthDelimited !== false) {
                    w.ldelim();
                }
            }, (reader, length, opts = {}) => {
                const obj = {
                    topic: ''
                };
                const end = length == null ? reader.len : reader.pos + length;
                while (reader.pos < end) {
                    const tag = reader.uint32();
                    switch (tag >>> 3) {
                        case 1: {
                            obj.from = reader.bytes();
                            break;
                        }
                        case 2: {
                            obj.data = reader.bytes();
                            break;
                        }
                        case 3: {
                            obj.seqno = reader.bytes();
                            break;
                        }
                        case 4: {
                            obj.topic = reader.string();
                            break;
                        }
                        case 5: {
                            obj.signature = reader.bytes();
                            break;
                        }
                        case 6: {
                            obj.key = reader.bytes();
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
                                field: `${prefix}.from`,
                                value: reader.bytes()
                            };
                            break;
                        }
                        case 2: {
                            yield {
                                field: `${prefix}.data`,
                                value: reader.bytes()
                            };
                            break;
                        }
                        case 3: {
                            yield {
                                field: `${prefix}.seqno`,
                                value: reader.bytes()
                            };
                            break;
                        }
                        case 4: {
                            yield {
                                field: `${prefix}.topic`,
                                value: reader.string()
                            };
                            break;
                        }
                        case 5: {
                            yield {
                                field: `${prefix}.signature`,
                                value: reader.bytes()
                            };
                            break;
                        }
                        case 6: {
                            yield {
                                field: `${prefix}.key`,
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
        return encodeMessage(obj, HistoryMessage.codec());
    }
    HistoryMessage.encode = encode;
    function decode(buf, opts) {
        return decodeMessage(buf, HistoryMessage.codec(), opts);
    }
    HistoryMessage.decode = decode;
    function stream(buf, opts) {
        return streamMessage(buf, HistoryMessage.codec(), opts);
    }
    HistoryMessage.stream = stream;
})(HistoryMessage || (HistoryMessage = {}));
export var HistoryResponse;
(function (HistoryResponse) {
    let _codec;
    HistoryResponse.codec = () => {
        if (_codec == null) {
            _codec = message((obj, w, opts = {}) => {
                if (opts.lengthDelimited !== false) {
                    w.fork();
                }
                if ((obj.requestId != null && obj.requestId !== '')) {
                    w.uint32(10);
                    w.string(obj.requestId);
                }
                if ((obj.statusCode != null && obj.statusCode !== 0)) {
                    w.uint32(16);
                    w.uint32(obj.statusCode);
                }
                if ((obj.statusText != null && obj.statusText !== '')) {
                    w.uint32(26);
                    w.string(obj.statusText);
                }
                if (obj.messages != null && obj.messages.length > 0) {
                    for (const value of obj.messages) {
                        w.uint32(34);
                        HistoryMessage.codec().encode(value, w);
                    }
                }
                if (obj.nextCursor != null) {
                    w.uint32(42);
                    w.bytes(obj.nextCursor);
                }
                if (opts.lengthDelimited !== false) {
                    w.ldelim();
                }
            }, (reader, length, opts = {}) => {
                const obj = {
                    requestId: '',
                    statusCode: 0,
                    statusText: '',
                    messages: []
                };
                const end = length == null ? reader.len : reader.pos + length;
                while (reader.pos < end) {
                    const tag = reader.uint32();
                    switch (tag >>> 3) {
                        case 1: {
                            obj.requestId = reader.string();
                            break;
                        }
                        case 2: {
                            obj.statusCode = reader.uint32();
                            break;
                        }
                        case 3: {
                            obj.statusText = reader.string();
                            break;
                        }
                        case 4: {
                            if (opts.limits?.messages != null && obj.messages.length === opts.limits.messages) {
                                throw new MaxLengthError('Decode error - repeated field "messages" had too many elements');
                            }
                            obj.messages.push(HistoryMessage.codec().decode(reader, reader.uint32(), {
                                limits: opts.limits?.messages$
                            }));
                            break;
                        }
                        case 5: {
                            obj.nextCursor = reader.bytes();
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
                const obj = {
                    messages: 0
                };
                const end = length == null ? reader.len : reader.pos + length;
                while (reader.pos < end) {
                    const tag = reader.uint32();
                    switch (tag >>> 3) {
                        case 1: {
                            yield {
                                field: `${prefix}.requestId`,
                                value: reader.string()
                            };
                            break;
                        }
                        case 2: {
                            yield {
                                field: `${prefix}.statusCode`,
                                value: reader.uint32()
                            };
                            break;
                        }
                        case 3: {
                            yield {
                                field: `${prefix}.statusText`,
                                value: reader.string()
                            };
                            break;
                        }
                        case 4: {
                            if (opts.limits?.messages != null && obj.messages === opts.limits.messages) {
                                throw new MaxLengthError('Streaming decode error - repeated field "messages" had too many elements');
                            }
                            for (const evt of HistoryMessage.codec().stream(reader, reader.uint32(), `${prefix}.messages[]`, {
                                limits: opts.limits?.messages$
                            })) {
                                yield {
                                    ...evt,
                                    index: obj.messages
                                };
                            }
                            obj.messages++;
                            break;
                        }
                        case 5: {
                            yield {
                                field: `${prefix}.nextCursor`,
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
        return encodeMessage(obj, HistoryResponse.codec());
    }
    HistoryResponse.encode = encode;
    function decode(buf, opts) {
        return decodeMessage(buf, HistoryResponse.codec(), opts);
    }
    HistoryResponse.decode = decode;
    function stream(buf, opts) {
        return streamMessage(buf, HistoryResponse.codec(), opts);
    }
    HistoryResponse.stream = stream;
})(HistoryResponse || (HistoryResponse = {}));

-- Wireshark framing dissector for the itdd-sim pump wire over TCP (docs/PROTOCOL.md sections 2
-- and 8). Each envelope travels as its length, a protobuf varint of at most 5 bytes, followed by
-- that many bytes of a serialized itdd.v1.Envelope. This dissector cuts the TCP stream into those
-- frames (asking TCP for more when a frame spans segments) and hands each one to Wireshark's own
-- protobuf dissector as an itdd.v1.Envelope, so the .proto files must be on the ProtoBuf search
-- path (Preferences > Protocols > ProtoBuf, or -o 'uat:protobuf_search_paths:"DIR","TRUE"').
--
-- Load it with `wireshark -X lua_script:docs/wireshark/itdd-framing.lua` (or copy it to your
-- personal plugins folder). It registers on TCP port 7700; use Decode As... > ITDD for another.

local itdd = Proto("itdd", "itdd-sim pump wire")

local f_length = ProtoField.uint32("itdd.length", "Envelope length", base.DEC)
local f_malformed = ProtoField.bytes("itdd.malformed_length", "Malformed length prefix")
itdd.fields = { f_length, f_malformed }

local protobuf = Dissector.get("protobuf")

local MAX_PREFIX_BYTES = 5
local MAX_ENVELOPE_BYTES = 65536

-- The varint at offset: its value and byte count; nil when the buffer ends inside it; -1 when it
-- is not a length (a fifth byte over 0x07, which would be 2^31 or more, as the pump refuses).
local function read_length(tvb, offset)
    local value = 0
    local scale = 1
    for i = 0, MAX_PREFIX_BYTES - 1 do
        if offset + i >= tvb:len() then
            return nil, 0
        end
        local b = tvb(offset + i, 1):uint()
        if i == MAX_PREFIX_BYTES - 1 and b > 0x07 then
            return -1, i + 1
        end
        value = value + (b % 128) * scale
        scale = scale * 128
        if b < 128 then
            return value, i + 1
        end
    end
    return -1, MAX_PREFIX_BYTES
end

function itdd.dissector(tvb, pinfo, tree)
    local offset = 0
    local total = tvb:len()
    pinfo.cols.protocol = "ITDD"
    while offset < total do
        local length, prefix = read_length(tvb, offset)
        if length == nil then
            pinfo.desegment_offset = offset
            pinfo.desegment_len = DESEGMENT_ONE_MORE_SEGMENT
            return total
        end
        if length < 0 then
            -- the pump closes the connection here: nothing after it can be framed
            tree:add(itdd, tvb(offset)):add(f_malformed, tvb(offset, prefix))
            return total
        end
        if offset + prefix + length > total then
            pinfo.desegment_offset = offset
            pinfo.desegment_len = offset + prefix + length - total
            return total
        end
        local frame = tree:add(itdd, tvb(offset, prefix + length))
        frame:add(f_length, tvb(offset, prefix), length)
        if length > MAX_ENVELOPE_BYTES then
            frame:append_text(" (over the 65,536-byte maximum: the pump drops it)")
        elseif length > 0 then
            pinfo.private["pb_msg_type"] = "message,itdd.v1.Envelope"
            protobuf:call(tvb(offset + prefix, length):tvb(), pinfo, frame)
        end
        offset = offset + prefix + length
    end
    return total
end

DissectorTable.get("tcp.port"):add(7700, itdd)

using System.Text;

namespace Gort.Observability;

/// <summary>
/// Encodes an <see cref="AllocationProfile"/> as pprof's <c>profile.proto</c> (github.com/google/pprof/proto):
/// hand-written protobuf (varints and length-delimited fields), so the library needs no protobuf dependency.
/// </summary>
internal static class PprofEncoder
{
    // profile.proto field numbers.
    private const int ProfileSampleType = 1;
    private const int ProfileSample = 2;
    private const int ProfileMapping = 3;
    private const int ProfileLocation = 4;
    private const int ProfileFunction = 5;
    private const int ProfileStringTable = 6;
    private const int ProfileTimeNanos = 9;
    private const int ProfilePeriodType = 11;
    private const int ProfilePeriod = 12;

    public static byte[] Encode(AllocationProfile profile)
    {
        var strings = new List<string> { "" };
        var stringIds = new Dictionary<string, long> { [""] = 0 };
        long Str(string s)
        {
            if (!stringIds.TryGetValue(s, out var id))
            {
                id = strings.Count;
                strings.Add(s);
                stringIds.Add(s, id);
            }

            return id;
        }

        var functions = new Dictionary<(string, string), ulong>();
        var locations = new Dictionary<ProfileFrame, ulong>();
        var functionMessages = new List<byte[]>();
        var locationMessages = new List<byte[]>();
        var sampleMessages = new List<byte[]>();

        var types = new[] { ("alloc_objects", "count"), ("alloc_space", "bytes"), ("inuse_objects", "count"), ("inuse_space", "bytes") };
        var typeMessages = types.Select(t => Message(w => { w.Int(1, Str(t.Item1)); w.Int(2, Str(t.Item2)); })).ToList();

        // A single mapping: go tool pprof symbolizes addresses via mappings; ours are already symbolized.
        var mapping = Message(w =>
        {
            w.Int(1, 1);
            w.Int(5, Str("gort"));
            w.Int(7, 1);
            w.Int(8, 1);
            w.Int(9, 1);
            w.Int(10, 1);
        });

        foreach (var (frames, values) in profile.Samples())
        {
            var ids = new List<ulong>(frames.Count);
            foreach (var frame in frames)
            {
                if (!locations.TryGetValue(frame, out var locId))
                {
                    if (!functions.TryGetValue((frame.Function, frame.File), out var fnId))
                    {
                        fnId = (ulong)functions.Count + 1;
                        functions.Add((frame.Function, frame.File), fnId);
                        functionMessages.Add(Message(w =>
                        {
                            w.Int(1, (long)fnId);
                            w.Int(2, Str(frame.Function));
                            w.Int(3, Str(frame.Function));
                            w.Int(4, Str(frame.File));
                        }));
                    }

                    locId = (ulong)locations.Count + 1;
                    locations.Add(frame, locId);
                    var line = Message(w => { w.Int(1, (long)fnId); w.Int(2, frame.Line); });
                    locationMessages.Add(Message(w =>
                    {
                        w.Int(1, (long)locId);
                        w.Int(2, 1);
                        w.Int(3, (long)locId);
                        w.Bytes(4, line);
                    }));
                }

                ids.Add(locId);
            }

            sampleMessages.Add(Message(w =>
            {
                w.Packed(1, ids.Select(i => (long)i));
                w.Packed(2, values);
            }));
        }

        return Message(w =>
        {
            foreach (var t in typeMessages)
            {
                w.Bytes(ProfileSampleType, t);
            }

            foreach (var s in sampleMessages)
            {
                w.Bytes(ProfileSample, s);
            }

            w.Bytes(ProfileMapping, mapping);
            foreach (var l in locationMessages)
            {
                w.Bytes(ProfileLocation, l);
            }

            foreach (var f in functionMessages)
            {
                w.Bytes(ProfileFunction, f);
            }

            w.Int(ProfileTimeNanos, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1_000_000);
            w.Bytes(ProfilePeriodType, Message(v => { v.Int(1, Str("space")); v.Int(2, Str("bytes")); }));
            w.Int(ProfilePeriod, profile.SampleRate);

            // The string table last: every Str() call above has run by now.
            foreach (var s in strings)
            {
                w.Bytes(ProfileStringTable, Encoding.UTF8.GetBytes(s));
            }
        });
    }

    private static byte[] Message(Action<ProtoWriter> build)
    {
        var writer = new ProtoWriter();
        build(writer);
        return writer.ToArray();
    }

    private sealed class ProtoWriter
    {
        private readonly MemoryStream _stream = new();

        public void Int(int field, long value)
        {
            if (value == 0)
            {
                return;
            }

            Varint((ulong)(field << 3));
            Varint((ulong)value);
        }

        public void Bytes(int field, byte[] value)
        {
            Varint((ulong)((field << 3) | 2));
            Varint((ulong)value.Length);
            _stream.Write(value);
        }

        public void Packed(int field, IEnumerable<long> values)
        {
            var inner = new ProtoWriter();
            foreach (var v in values)
            {
                inner.Varint((ulong)v);
            }

            Bytes(field, inner.ToArray());
        }

        public byte[] ToArray() => _stream.ToArray();

        private void Varint(ulong value)
        {
            while (value >= 0x80)
            {
                _stream.WriteByte((byte)(value | 0x80));
                value >>= 7;
            }

            _stream.WriteByte((byte)value);
        }
    }
}

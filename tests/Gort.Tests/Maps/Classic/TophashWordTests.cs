using Gort.Maps.Classic;

namespace Gort.Tests.Maps.Classic;

/// <summary>
/// The SWAR tophash scans against Go's byte-by-byte loop, on random buckets made of the values that occur (emptyRest,
/// emptyOne, the evacuation marks, tophashes next to the one searched for), including the borrow cases where the
/// zero-byte trick over-reports.
/// </summary>
public sealed class TophashWordTests
{
    private const int Buckets = 200_000;

    [Fact]
    public void Scans_AgreeWithGoByteLoop_OnRandomBuckets()
    {
        var random = new Random(20261121);
        var bytes = new byte[ClassicLayout.BucketCount];
        for (var n = 0; n < Buckets; n++)
        {
            var top = (byte)random.Next(ClassicMap<long, long>.MinTopHash, 256);
            for (var i = 0; i < bytes.Length; i++)
            {
                bytes[i] = random.Next(6) switch
                {
                    0 => ClassicMap<long, long>.EmptyRest,
                    1 => ClassicMap<long, long>.EmptyOne,
                    2 => (byte)random.Next(2, 5), // evacuatedX, evacuatedY, evacuatedEmpty
                    3 => top,
                    4 => (byte)(top ^ 1), // one bit away: where a borrow makes the zero-byte trick over-report
                    _ => (byte)random.Next(ClassicMap<long, long>.MinTopHash, 256),
                };
            }

            var word = BitConverter.ToUInt64(bytes);
            var what = $"bucket {Convert.ToHexString(bytes)}, top {top:X2} (seed 20261121, bucket #{n})";

            // Match: every real match is reported, and re-checking each candidate leaves exactly the real ones.
            var matched = new List<int>();
            for (var m = TophashWord.Match(word, top); m != 0; m = TophashWord.RemoveFirst(m))
            {
                var i = TophashWord.First(m);
                if (TophashWord.Byte(word, i) == top)
                {
                    matched.Add(i);
                }
            }

            Assert.True(Enumerable.Range(0, 8).Where(i => bytes[i] == top).SequenceEqual(matched), what);

            // MatchEmpty: the lowest result is Go's first empty slot (tophash <= emptyOne).
            var firstEmpty = Array.FindIndex(bytes, b => b <= ClassicMap<long, long>.EmptyOne);
            var empty = TophashWord.MatchEmpty(word);
            Assert.Equal(firstEmpty, empty == 0 ? -1 : TophashWord.First(empty));

            // MatchEmptyRest: non-zero exactly when the bucket has an emptyRest.
            Assert.Equal(Array.IndexOf(bytes, ClassicMap<long, long>.EmptyRest) >= 0, TophashWord.MatchEmptyRest(word) != 0);

            // MatchNotEmpty is exact for every byte; FillUnselected puts a value in the others.
            var notEmpty = TophashWord.MatchNotEmpty(word);
            var filled = BitConverter.GetBytes(TophashWord.FillUnselected(notEmpty, ClassicMap<long, long>.EvacuatedEmpty));
            for (var i = 0; i < 8; i++)
            {
                var full = bytes[i] > ClassicMap<long, long>.EmptyOne;
                Assert.True(full == ((notEmpty >> ((8 * i) + 7) & 1) == 1), what);
                Assert.Equal(full ? 0 : ClassicMap<long, long>.EvacuatedEmpty, filled[i]);
            }
        }
    }

    [Fact]
    public void ReadWrite_RoundTripAndRejectABucketOutsideTheArray()
    {
        var tophash = new byte[16];
        TophashWord.Write(tophash, 8, 0x0807060504030201);
        Assert.Equal(0x0807060504030201UL, TophashWord.Read(tophash, 8));
        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }, tophash[8..]);
        Assert.Throws<IndexOutOfRangeException>(() => TophashWord.Read(tophash, 9));
        Assert.Throws<IndexOutOfRangeException>(() => TophashWord.Write(tophash, 16, 0));
    }
}

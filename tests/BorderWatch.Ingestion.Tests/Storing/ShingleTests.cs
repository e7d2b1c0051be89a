using BorderWatch.Ingestion.Duplicates;

namespace BorderWatch.Ingestion.Tests.Storing;

/// <summary>The word 4-gram shingles are the folded words of the text, four at a time, joined by a space; repeats count once.</summary>
public sealed class ShingleTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Border closed.")]
    [InlineData("Guards, then more guards")]
    [InlineData("Élite Kyrgyz guards met Tajik guards; Kyrgyz guards met Tajik guards again at the Batken post on 3 May.")]
    public void Shingles_are_the_words_four_at_a_time(string text)
    {
        var words = NearDuplicates.Words(text);
        var expected = words.Count < 4
            ? (words.Count == 0 ? [] : new[] { string.Join(' ', words) })
            : Enumerable.Range(0, words.Count - 3).Select(i => string.Join(' ', words.Skip(i).Take(4))).Distinct().ToArray();
        NearDuplicates.Shingles(text).ToArray().ShouldBe(expected);
    }

    [Fact]
    public void Repeated_shingles_count_once_and_diacritics_fold()
    {
        var shingles = NearDuplicates.Shingles("Élite guards met Tajik guards; elite guards met Tajik guards.");
        shingles.ShouldContain("elite guards met tajik");
        shingles.Count.ShouldBe(5, "ten words give seven shingles, two of them repeats");
    }

    [Theory]
    [InlineData("")]
    [InlineData("...")]
    [InlineData("Border closed.")]
    [InlineData("Guards, then more guards")]
    [InlineData("Élite Kyrgyz guards met Tajik guards; Kyrgyz guards met Tajik guards again at the Batken post on 3 May.")]
    [InlineData("Пограничники задержали 4 нарушителей у реки Пяндж; ÇAĞLAYAN köyü — naïve café, 2nd patrol")]
    public void Shingle_hashes_are_the_hashes_of_the_shingles(string text)
    {
        var expected = NearDuplicates.Shingles(text).Select(NearDuplicates.StableHash).Distinct().Order().ToArray();
        ShingleHashes.Of(text).ShouldBe(expected);
        ShingleHashes.Of(NearDuplicates.Shingles(text)).ShouldBe(expected);
    }

    [Fact]
    public void Jaccard_over_the_hashes_is_jaccard_over_the_shingles()
    {
        string[] texts =
        [
            "Guards of the two states met at the bridge on Monday and agreed to reopen the crossing for trucks.",
            "Republished: guards of the two states met at the bridge on Monday and agreed to reopen the crossing for lorries.",
            "Guards of the two states met at the bridge on Monday. Guards of the two states met at the bridge on Monday.",
            "Élite guards met at the bridge on Monday and agreed to reopen the crossing",
            "Nothing shared here at all",
            "",
        ];
        foreach (var a in texts)
            foreach (var b in texts)
                ShingleHashes.Jaccard(ShingleHashes.Of(a), ShingleHashes.Of(b)).ShouldBe(NearDuplicates.Similarity(a, b), 1e-12, $"{a} | {b}");
    }

    [Fact]
    public void The_stored_hashes_pack_and_unpack_and_compare_as_the_shingles_do()
    {
        string[] texts =
        [
            "Patrols from both posts walked the ridge line at dawn and counted the new fence posts twice over.",
            "Repost: patrols from both posts walked the ridge line at dawn and counted the new fence posts again.",
            "Patrols from both posts walked the ridge line. Patrols from both posts walked the ridge line.",
            "",
        ];
        foreach (var a in texts)
        {
            var print = ShinglePrint.Of(a);
            print.Narrow.ShouldBe(print.Hashes.Select(h => (uint)h).Distinct().Order().ToArray());
            ShingleHashes.Unpack(print.Packed).ShouldBe(print.Narrow);
            print.Packed.Length.ShouldBe(4 * print.Narrow.Length);
            foreach (var b in texts)
                ShingleHashes.Jaccard(print.Narrow, ShinglePrint.Of(b).Narrow).ShouldBe(NearDuplicates.Similarity(a, b), 1e-12, $"{a} | {b}");
        }
        Should.Throw<InvalidDataException>(() => ShingleHashes.Unpack([1, 2, 3])).Message.ShouldContain("ArticleShingles.Hashes");
    }
}

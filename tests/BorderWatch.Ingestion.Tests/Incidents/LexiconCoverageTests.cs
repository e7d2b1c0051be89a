using System.Text.RegularExpressions;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Cleaning;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Ingestion.Incidents.TypeModel;
using BorderWatch.Ingestion.Reading;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using BorderWatch.Ingestion.Tests.Scoring;
using Xunit.Abstractions;

namespace BorderWatch.Ingestion.Tests.Incidents;

/// <summary>
/// The guard against memorising: a lexicon entry that matches exactly one sentence across all corpora in Data/ (every
/// folder with a gold file: seeds, dev corpora, fresh batches) and no sentence of the unit tests exists for that one
/// sentence. It is either a general word, shown by a unit test on a sentence of its own, or it goes.
/// </summary>
public partial class LexiconCoverageTests(ITestOutputHelper output)
{
    /// <summary>
    /// Every sentence of every corpus folder that has a gold file beside it, read, cleaned, segmented and tokenised (no
    /// detection runs). A batch whose README says it is sealed (kept for a first run by the lead) is left out until then.
    /// </summary>
    private static List<List<Token>> CorpusSentences()
    {
        var sentences = new List<List<Token>>();
        foreach (var folder in Directory.GetDirectories(CorpusRun.DataDir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            if (!File.Exists(Path.Combine(CorpusRun.DataDir, name + "-gold.jsonl")) || TypeTraining.IsSealed(CorpusRun.DataDir, name)) continue;
            foreach (var doc in Directory.GetFiles(folder).Where(f => !f.EndsWith(".md", StringComparison.Ordinal)).Order(StringComparer.Ordinal).SelectMany(DocumentReader.Default.ReadFile))
                foreach (var s in TextSegmenter.Sentences(ArticleCleaner.Clean(doc.BodyText)))
                    sentences.Add(NameNormalizer.Tokenize(s.Text));
        }
        return sentences;
    }

    /// <summary>The string literals of the unit tests' source files (not the corpora): the sentences the rules are shown on.</summary>
    private static List<List<Token>> UnitTestSentences()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "BorderWatch.Ingestion.Tests.csproj"))) dir = dir.Parent;
        dir.ShouldNotBeNull("the test project's source folder is above the test binaries");
        return Directory.GetFiles(dir.FullName, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                        !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => StringLiteral().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(s => s.Contains(' '))
            .Select(s => NameNormalizer.Tokenize(s.Replace("\\\"", "\"").Replace("\\n", "\n")))
            .ToList();
    }

    [GeneratedRegex("\"((?:[^\"\\\\\\n]|\\\\.)*)\"")]
    private static partial Regex StringLiteral();

    [Fact]
    public void No_lexicon_entry_exists_for_one_corpus_sentence()
    {
        var corpus = CorpusSentences();
        corpus.Count.ShouldBeGreaterThan(200, "the corpora are found");
        var units = UnitTestSentences();
        units.Count.ShouldBeGreaterThan(200, "the unit tests' sentences are found");
        var offenders = new List<string>();
        foreach (var (list, phrases) in Lexicon.Default.PhraseLists())
            foreach (var pattern in phrases.Patterns.Distinct())
            {
                var one = new PhraseSet([pattern]);
                var hits = corpus.Count(s => one.Any(s));
                if (hits == 1 && !units.Any(s => one.Any(s))) offenders.Add($"{list}: \"{pattern}\"");
            }
        // The domain lemmas added to the WordNet classes (triggers.json classLemmas) are entries too.
        var lexicon = Lexicon.Default;
        foreach (var lemma in lexicon.Classes.Lemmas.Where(l => lexicon.ClassTypes.ContainsKey(l.Class) && Codes.TryParseType(l.Class, out _)).Select(l => l.Lemma).Distinct())
        {
            bool Has(List<Token> s) => lexicon.Classes.Matches(s).Any(c => c.Lemma == lemma);
            if (corpus.Count(Has) == 1 && !units.Any(Has)) offenders.Add($"triggers.classLemmas: \"{lemma}\"");
        }
        foreach (var o in offenders) output.WriteLine(o);
        offenders.ShouldBeEmpty();
    }

    [Fact]
    public void The_guard_sees_an_entry_made_for_one_sentence()
    {
        // An entry written for one sentence of the corpora is what the guard must catch; a general word is not.
        var corpus = CorpusSentences();
        var sentence = corpus.First(s => s.Count > 12);
        var phrase = string.Join(' ', sentence.Skip(3).Take(6).Select(t => t.Folded));
        corpus.Count(s => new PhraseSet([phrase]).Any(s)).ShouldBe(1);
        corpus.Count(s => new PhraseSet(["the"]).Any(s)).ShouldBeGreaterThan(1);
    }
}

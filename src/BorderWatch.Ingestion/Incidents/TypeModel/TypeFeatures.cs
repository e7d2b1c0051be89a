using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Language.Perceptron;
using BorderWatch.Ingestion.Recognition;

namespace BorderWatch.Ingestion.Incidents.TypeModel;

/// <summary>
/// The features the incident-type model reads from one parsed sentence: the predicate's lemma, tag and WordNet event
/// classes (the reported clause's predicate when the root is a speech verb, with the speech class as a feature of its
/// own), its dependents' relations with their lemmas and classes, negation and modality, the content words' lemmas and
/// classes, and the kinds of names the sentence mentions. Training (<see cref="TypeTraining"/>) and the pipeline
/// (<see cref="TypeSecondOpinion"/>) call the same method, so they read a sentence the same way.
/// </summary>
public sealed partial class TypeFeatures(EventClasses classes, SyntaxLexicon words, TypeWords typeWords)
{
    /// <summary>Changes whenever the features below change: a model trained on other features is refused when loaded.</summary>
    public const int Version = 4;

    /// <summary>The word classes the features read (type-words.json).</summary>
    public TypeWords Words => typeWords;

    private enum T
    {
        Bias, Governor, HeadLemma, HeadTag, HeadClass, DepLemma, DepClass, DepTag, CaseLemma, Negated, Modal,
        Word, WordClass, MentionKind, States, RootLemma, RootClass, HeadLemmaClassOfObj,
        ClassPath, HeadSense, Particle, ArgClass, CaseArg, ArgClass2, Mood,
    }

    private static readonly HashSet<string> Modals = new(StringComparer.Ordinal) { "will", "would", "may", "might", "could", "can", "should", "must", "shall" };

    public ulong[] Extract(ParsedSentence parse, IReadOnlyList<EntityMention> mentions)
    {
        var f = new List<ulong> { Key(T.Bias, "") };
        var root = parse.Root;
        if (root is not null)
        {
            var head = root;
            var rootClasses = Classes(parse, root).ToList();
            Add(f, T.RootLemma, Lemma(root));
            foreach (var c in rootClasses) Add(f, T.RootClass, c);
            // "X said that Y happened": the reported clause's predicate is the event; the speech class is a feature of its own.
            if (rootClasses.Any(c => words.ReportClasses.Contains(c) || words.AccusationClasses.Contains(c) || words.DenialClasses.Contains(c) || words.StatementClasses.Contains(c)))
            {
                foreach (var c in rootClasses) Add(f, T.Governor, c);
                if (parse.Dependents(root.Index).FirstOrDefault(d => d.BaseRelation is "ccomp" or "parataxis") is { } content) head = content;
                else Add(f, T.Governor, "-");
            }
            Predicate(f, parse, head);
            Arguments(f, parse, head, mentions);
            foreach (var m in Mood(parse, root, head, mentions)) Add(f, T.Mood, m);
        }
        foreach (var t in parse.Tokens)
        {
            if (t.Upos is not (Upos.NOUN or Upos.VERB or Upos.ADJ)) continue;
            Add(f, T.Word, Lemma(t));
            foreach (var c in Classes(parse, t)) Add(f, T.WordClass, c);
        }
        var kinds = mentions.GroupBy(m => m.Entry.Kind).OrderBy(g => g.Key);
        foreach (var g in kinds) Add(f, T.MentionKind, g.Key + ":" + Math.Min(g.Count(), 3));
        var states = mentions.Where(m => m.Entry.Kind == EntryKind.State).Select(m => m.Entry.Key).Distinct().Count();
        Add(f, T.States, Math.Min(states, 3).ToString(System.Globalization.CultureInfo.InvariantCulture));
        return [.. f.Distinct()];
    }

    /// <summary>The WordNet classes of the sentence's predicate: its root, and the reported clause's head under a speech verb.</summary>
    public IEnumerable<string> PredicateClasses(ParsedSentence parse)
    {
        if (parse.Root is not { } root) return [];
        var content = parse.Dependents(root.Index).FirstOrDefault(d => d.BaseRelation is "ccomp" or "parataxis");
        return content is null ? Classes(parse, root) : Classes(parse, root).Concat(Classes(parse, content));
    }

    /// <summary>The WordNet event classes of one word of the sentence (a verb's by its particle, a noun's).</summary>
    public IEnumerable<string> ClassesOf(ParsedSentence parse, ParsedToken word) => Classes(parse, word);

    private void Predicate(List<ulong> f, ParsedSentence parse, ParsedToken head)
    {
        Add(f, T.HeadLemma, Lemma(head));
        Add(f, T.HeadTag, head.Xpos);
        var headClasses = Classes(parse, head).ToList();
        foreach (var c in headClasses) Add(f, T.HeadClass, c);
        foreach (var d in parse.Dependents(head.Index))
        {
            var rel = d.Relation;
            if (d.BaseRelation is "punct" or "det" or "cc") continue;
            Add(f, T.DepTag, rel + "|" + d.Upos);
            Add(f, T.DepLemma, rel + "|" + Lemma(d));
            foreach (var c in Classes(parse, d)) Add(f, T.DepClass, rel + "|" + c);
            if (d.BaseRelation is "obl" or "nmod" && parse.Dependents(d.Index).FirstOrDefault(x => x.BaseRelation == "case") is { } k)
                Add(f, T.CaseLemma, Lemma(k) + "|" + Lemma(d));
            if (d.BaseRelation is "obj" or "nsubj:pass" or "xcomp")
                Add(f, T.HeadLemmaClassOfObj, Lemma(head) + "|" + Lemma(d));
            // The predicate's classes with each dependent's ("contact|nsubj|artifact", "motion|obl|location"): what
            // acts on what, in words the lexicon does not list (measured leave-one-corpus-out: ADR 0014, amendment).
            foreach (var hc in headClasses)
                foreach (var dc in Classes(parse, d)) Add(f, T.ClassPath, hc + "|" + rel + "|" + dc);
            if (rel == "advmod" && Lemma(d) is "not" or "never" || d.Relation == "neg") Add(f, T.Negated, "");
            if (rel is "aux" or "aux:pass" && Modals.Contains(Lemma(d))) Add(f, T.Modal, Lemma(d));
        }
    }

    /// <summary>
    /// What kind of thing acts on what (ADR 0014, amendment 2): the predicate's supersenses ("motion") and particle
    /// ("dig|in"), each argument's supersense and argument classes ("obl|water", "with|weapon", "nsubj|ent:ArmedGroup"),
    /// and one level further down ("obl>compound|weapon": "came under rifle bombardment"). WordNet classes of words the
    /// lexicon does not list. (Measured leave-one-corpus-out: no better than v2 on the paraphrases, within the spread of
    /// training orders; the supersense x argument pairs and the bag of every word's supersenses were worse.)
    /// </summary>
    private void Arguments(List<ulong> f, ParsedSentence parse, ParsedToken head, IReadOnlyList<EntityMention> mentions)
    {
        var senses = Senses(head).ToList();
        foreach (var s in senses) Add(f, T.HeadSense, s);
        foreach (var d in parse.Dependents(head.Index))
        {
            if (d.BaseRelation is "punct" or "det" or "cc" or "aux" or "cop") continue;
            var rel = d.Relation;
            if (d.Relation == "compound:prt")
            {
                Add(f, T.Particle, Lemma(head) + "|" + Lemma(d));
                foreach (var s in senses) Add(f, T.Particle, s + "|" + Lemma(d));
                continue;
            }
            var args = ArgClasses(d, mentions).ToList();
            var kase = d.BaseRelation is "obl" or "nmod" ? parse.Dependents(d.Index).FirstOrDefault(x => x.BaseRelation == "case") : null;
            foreach (var c in args)
            {
                Add(f, T.ArgClass, rel + "|" + c);
                if (kase is not null) Add(f, T.CaseArg, Lemma(kase) + "|" + c);
            }
            foreach (var e in parse.Dependents(d.Index))
                if (e.BaseRelation is "nmod" or "compound" or "amod" or "conj" or "obl")
                    foreach (var c in ArgClasses(e, mentions)) Add(f, T.ArgClass2, d.BaseRelation + ">" + e.BaseRelation + "|" + c);
        }
    }

    /// <summary>A word's supersenses and argument classes (type-words.json).</summary>
    private IEnumerable<string> Senses(ParsedToken t) => t.Upos switch
    {
        Upos.VERB => typeWords.Verb(Lemma(t)),
        Upos.NOUN => typeWords.Noun(Lemma(t)),
        _ => [],
    };

    /// <summary>An argument's classes: a common noun's (type-words.json), a name's gazetteer kind, a pronoun.</summary>
    private IEnumerable<string> ArgClasses(ParsedToken t, IReadOnlyList<EntityMention> mentions)
    {
        if (t.Upos == Upos.PROPN)
            return mentions.Where(m => m.Start < t.End && m.End > t.Start).Select(m => "ent:" + m.Entry.Kind).Distinct().DefaultIfEmpty("ent:-");
        if (t.Upos == Upos.PRON) return ["pron"];
        return Senses(t);
    }

    private IEnumerable<string> Classes(ParsedSentence parse, ParsedToken t) => t.Upos switch
    {
        Upos.VERB => classes.VerbClasses(Lemma(t), next => parse.Dependents(t.Index).Any(d => Lemma(d) == next) ||
                                                          (t.Index + 1 < parse.Tokens.Count && Lemma(parse.Tokens[t.Index + 1]) == next)),
        Upos.NOUN => classes.NounClasses(Lemma(t)),
        _ => [],
    };

    private static string Lemma(ParsedToken t) => t.Lemma.ToLowerInvariant();

    private static ulong Key(T template, string value) => FeatureHash.Key((int)template, FeatureHash.Of(value));

    private static void Add(List<ulong> f, T template, string value) => f.Add(Key(template, value));
}

using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The start words of <c>Lexicon/span-starts.json</c> (precision45).</summary>
public sealed record LongSpanLexicon(IReadOnlySet<string> Starts)
{
    public static LongSpanLexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return new(LexiconJson.WordSet(doc.RootElement, "span-starts.json", "starts"));
    }

    /// <summary>A fresh copy of the embedded <c>Lexicon/span-starts.json</c>.</summary>
    public static LongSpanLexicon LoadEmbedded() => Parse(LexiconResource.Read("span-starts.json"));
}

/// <summary>
/// precision45 (issue 8): background told over a span of years. "Thousands of young men have left for Russia since 2020",
/// "About 80 percent of the line has been demarcated since 2022", "The district has seen shelling since 2021": the event
/// word belongs to a verb in the present perfect whose only time is a start that is a year alone, before the writing year.
/// Such a clause tells how things have stood or added up over years, a habit or an aggregate, no incident dated in it
/// (SCHEMA.md records incidents; recall44's standing frame already reads "a year alone" as how long things have stood).
/// A start with a day or a month ("since Monday patrols have been doubled", "since 3 May 2025", "since mid-November") is a
/// dated start and stays; so do a clause the incident is dated finer than the year by, a relative or adverbial clause
/// (background to its own sentence's news), a plan, a denial and a speech act.
/// </summary>
internal sealed class LongSpans(LongSpanLexicon words)
{
    // Relations through which an event noun is an argument of the verb that governs it ("has seen fighting", "trade ...
    // has grown"): the verb's own clause, not a phrase hung on it ("dealt with a situation following the consolidation").
    private static readonly HashSet<string> Arguments = ["nsubj", "obj", "xcomp", "compound"];

    /// <summary>True when <paramref name="incident"/> is told only as what has gone on since a year before the writing year.</summary>
    internal bool Background(ParsedSentence parse, Clause span, ExtractedIncident incident, PartialDate writing)
    {
        if (incident.Status is IncidentStatus.Planned or IncidentStatus.Denied || span.Denial || span.Blames || span.Declared ||
            span.SaysNotHappened || span.AnswersEarlier) return false;
        // Dated by the year alone: a day or a month of its own makes it an incident of that day or month.
        if (incident.Date.Precision != DatePrecision.Year || writing.Year is not int now || incident.Date.Year >= now) return false;
        var chain = new List<ParsedToken>();
        if (ParsedClauseRules.TriggerIn(parse, span) is not { } trigger || Governing(parse, trigger, chain) is not { } verb) return false;
        // (A relative or adverbial clause is background to its sentence's news, told or not: "a crossing which has been shut
        // since 2022" does not decide the sentence.)
        if (verb.BaseRelation is "acl" or "advcl" || !PresentPerfect(parse, verb)) return false;
        return SinceYear(parse, verb, chain) == incident.Date.Year;
    }

    // The verb the event word is the predicate of, or an argument of; a gerund with no auxiliary of its own is an argument
    // too ("has seen repeated shelling", "has seen fighting": the parser reads the gerund as a verb under "seen").
    private static ParsedToken? Governing(ParsedSentence parse, ParsedToken word, List<ParsedToken> chain)
    {
        for (var t = word; ; t = parse.Tokens[t.Head])
        {
            chain.Add(t);
            var gerund = t is { Upos: Upos.VERB, Xpos: "VBG", BaseRelation: "xcomp" or "obj" } && !parse.Dependents(t.Index).Any(d => d.BaseRelation == "aux");
            if (t.Upos == Upos.VERB && !gerund) return t;
            if (!gerund && !Arguments.Contains(t.BaseRelation) || t.Head < 0 || t.Head >= parse.Tokens.Count) return null;
        }
    }

    // "has left", "have been agreed", "has been seeing": "have" in the present as the verb's own auxiliary (a conjunct has
    // its own: "lies on the road and has seen fighting"), no modal ("will have left").
    private static bool PresentPerfect(ParsedSentence parse, ParsedToken verb) =>
        parse.Dependents(verb.Index).Any(d => d.BaseRelation == "aux" && ClauseSyntax.Lemma(d) == "have" && d.Form.ToLowerInvariant() is "has" or "have" or "'ve") &&
        !parse.Dependents(verb.Index).Any(d => d.BaseRelation == "aux" && d.Xpos == "MD");

    // The year of a start phrase that is one of the starts and a year alone ("since 2021"), hung on the verb or on a word of
    // its clause with no other verb between ("have left for Iran and Russia since 2021" may hang it on "Russia"); null when
    // there is none.
    private int? SinceYear(ParsedSentence parse, ParsedToken verb, List<ParsedToken> chain)
    {
        int? found = null;
        foreach (var number in parse.Tokens.Where(t => t.Upos == Upos.NUM && t.Form.Length == 4 && t.Form.All(char.IsDigit)))
        {
            var deps = parse.Dependents(number.Index).ToList();
            if (deps.Count != 1 || deps[0].BaseRelation != "case" || !words.Starts.Contains(deps[0].Form.ToLowerInvariant())) continue;
            if (!Under(parse, number, verb, chain)) continue;
            found = int.Parse(number.Form, System.Globalization.CultureInfo.InvariantCulture);
        }
        return found;
    }

    // The word hangs on the verb through words that are no verb of their own (the event word's own gerund aside).
    private static bool Under(ParsedSentence parse, ParsedToken word, ParsedToken verb, List<ParsedToken> chain)
    {
        for (var t = word; t.Head >= 0 && t.Head < parse.Tokens.Count; )
        {
            t = parse.Tokens[t.Head];
            if (t.Index == verb.Index) return true;
            if (t.Upos is Upos.VERB or Upos.AUX && !chain.Contains(t)) return false;
        }
        return false;
    }
}

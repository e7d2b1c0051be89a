using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// What a text tells in the present happens when it is written: "Border representatives are meeting at the post right now",
/// "Videos appear to show armoured vehicles moving towards the pass", "Dushanbe has since sent two more companies", "The
/// ministry calls on Bishkek to ...", "Our country will never allow ...". With no date of its own, such an event or saying
/// is dated to the day of writing (the document's dated day, or its entry's: a live blog's post, a feed item), not to the
/// month of it, and a saying in the present does not borrow the date of the sentence before ("Guards fired on a boat on
/// Sunday. The ministry says no one was hurt.": the ministry speaks on the day of writing).
/// </summary>
/// <remarks>
/// The tense is read from the parse: the finite verb or auxiliary that governs the event word (climbing from a participle
/// or an infinitive to the verb it hangs on). An event in the simple past ("guards detained two men") keeps the month of
/// writing: the publication day says it was reported by then, not that it happened that day; a saying in the past
/// ("the commander warned that ...") with no date of its own is the news itself, made on the day of writing. A reference date the text
/// only suggests (the latest date it names) is no writing day.
/// </remarks>
internal static class WritingDay
{
    internal const string Note = "told in the present, no date in the text: the day of writing";
    internal const string SaidNote = "a saying with no date in the text: the day of writing";

    internal static ExtractedIncident Apply(ParsedSentence parse, Clause span, ExtractedIncident incident, DateContext context)
    {
        if (incident.Status == IncidentStatus.Planned || incident.Type == IncidentType.Agreement) return incident;
        var day = context.Reference;
        if (day.Precision != DatePrecision.Day || context.Source is not (PublishedDateSource.Metadata or PublishedDateSource.StatedInText)) return incident;
        if (incident.Date == day) return incident;
        var now = incident.Type == IncidentType.Statement
            ? incident.DateBasis is DateBasis.Document or DateBasis.SentenceBefore && SaidNow(parse)
            : incident.DateBasis == DateBasis.Document && TenseOf(parse, ParsedClauseRules.TriggerIn(parse, span)) == Tense.Present;
        if (now) return incident with { Date = day, DateInferred = true, DateNote = Note, DateBasis = DateBasis.Document };
        // "The commander warned that guards would open fire ..." with no day of its own, in a dispatch of 3 December: the
        // saying is the news the dispatch brings, made that day; only the month was kept so far.
        return incident.Type == IncidentType.Statement && incident.DateBasis == DateBasis.Document && incident.Date == day.Truncate(DatePrecision.Month)
            ? incident with { Date = day, DateInferred = true, DateNote = SaidNote, DateBasis = DateBasis.Document }
            : incident;
    }

    internal enum Tense { Unknown, Present, Past, Modal }

    /// <summary>A saying is made now when no main or reported-speech verb of the sentence is in the past and its main verb
    /// is present or modal: "The Border Service calls on ...", "China stands ready to ...", "We will never allow ...".</summary>
    internal static bool SaidNow(ParsedSentence parse)
    {
        if (parse.Tokens.Any(t => t.Upos is Upos.VERB or Upos.AUX && t.Xpos == "VBD" && (t.IsRoot || t.BaseRelation is "parataxis" or "conj" && IsMain(parse, t))))
            return false;
        return TenseOf(parse, parse.Root) is Tense.Present or Tense.Modal;
    }

    private static bool IsMain(ParsedSentence parse, ParsedToken t) => t.Head >= 0 && parse.Tokens[t.Head].IsRoot;

    /// <summary>The tense of the finite verb that governs <paramref name="word"/>: its own form or its first auxiliary, else
    /// the word it hangs on (up to four steps: "appear to show vehicles moving").</summary>
    internal static Tense TenseOf(ParsedSentence parse, ParsedToken? word)
    {
        for (var hops = 0; word is not null && hops < 4; hops++)
        {
            var aux = parse.Dependents(word.Index).FirstOrDefault(d => d.BaseRelation is "aux" or "cop");
            if (aux is not null) return Of(aux);
            if (word.Xpos is "VBZ" or "VBP" or "VBD" or "MD") return Of(word);
            // "The Ministry stresses that ...", tagged a plural noun: with a subject and a clause or object of its own, and
            // no copula (checked above), it is the verb in the present.
            if (word.Xpos == "NNS" && parse.Dependents(word.Index).Any(d => d.BaseRelation == "nsubj")
                && parse.Dependents(word.Index).Any(d => d.BaseRelation is "ccomp" or "obj")) return Tense.Present;
            if (word.Head < 0) break;
            word = parse.Tokens[word.Head];
        }
        return Tense.Unknown;
    }

    private static Tense Of(ParsedToken t) => t.Xpos switch
    {
        "VBZ" or "VBP" => Tense.Present,
        "VBD" => Tense.Past,
        "MD" => Tense.Modal,
        _ => Tense.Unknown,
    };
}

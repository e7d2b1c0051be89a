using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The one who speaks in a clause, as a noun phrase with its offsets.</summary>
/// <param name="Start">Offset of the speaker's words in the text (-1 when unknown).</param>
/// <param name="Named">The phrase is a proper name ("Luca Anceschi"): a source to name, though not an office that makes statements.</param>
/// <param name="NamedBefore">The phrase is a lone surname of someone the text named in full before ("..., Umarov added"): a
/// second reference, so the clause goes on with what that source told.</param>
internal sealed record Speaker(bool Official, string? Phrase, GazetteerEntry? Entry, int Start = -1, int End = -1, bool Named = false, bool NamedBefore = false);

/// <summary>A clause of a sentence (or a sub-span of one) with its tokens, mentions, type, trigger and speaker.</summary>
internal sealed class Clause
{
    public required int Start { get; init; }
    public required int End { get; set; }
    public required List<Token> Tokens { get; init; }
    public required List<EntityMention> Mentions { get; init; }
    public required int SentenceFirstToken { get; init; }
    public IncidentType? Type { get; set; }
    public int TriggerToken { get; set; } = -1;
    /// <summary>The clause is typed by a weak trigger (a thing, not an act: "drones", "smugglers"), which its predicate may outrank.</summary>
    public bool WeakTrigger { get; set; }
    public Speaker? Speaker { get; set; }
    public bool Denial { get; set; }
    /// <summary>A blanket denial ("denied that any shots had been fired"): it answers the claims told before it.</summary>
    public bool AnswersEarlier { get; set; }
    /// <summary>A denial without a denial verb: a report that its event did not happen ("said no crossing had taken place",
    /// "Not a single shot was fired"). It answers a claim told just before by another source.</summary>
    public bool SaysNotHappened { get; set; }
    /// <summary>A party's report of who started it ("said the other side fired first"): a statement the parse must not
    /// turn back into the event it names.</summary>
    public bool Blames { get; set; }
    /// <summary>A declaration read from the parse (Declarations: a refusal, a word on an account, a message, a charge): a
    /// statement of its own, which the type model must not turn back into the event it names.</summary>
    public bool Declared { get; set; }
    /// <summary>A meeting and an agreement joined into one clause (<see cref="ClauseSplitter.AgreedAtMeeting"/>: "met and
    /// signed a protocol", "agreed to ... and to meet every quarter"): the rules' type, which the type model must not
    /// turn into the other.</summary>
    public bool AgreedOutcome { get; set; }
    /// <summary>The subject of the clause's event word holds a first-person word ("our officers and theirs will walk ..."):
    /// read from the parse, for <see cref="SpeakerParties.FirstPerson"/>.</summary>
    public bool FirstPersonSubject { get; set; }
    /// <summary>A forecast or historical aside: never an incident, never merged into one.</summary>
    public bool Skip { get; set; }
    public required List<Token> SentenceTokens { get; init; }
    public required List<EntityMention> SentenceMentions { get; init; }
    /// <summary>Excerpt start when a clause without its own actors borrows the preceding words.</summary>
    public int ExcerptStart { get; set; }
}

using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Language;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>A sentence the classifier found no clause in, read from its predicate or its scene (a clause of the whole sentence).</summary>
internal sealed partial class ParsedClauseRules
{
    /// <summary>
    /// A sentence with no clause found: its root predicate, when it is an event (directly, through a report or a light
    /// verb), a statement by class (accusation, denial, warning, request, offer), and neither negated nor hedged.
    /// </summary>
    internal Clause? FromPredicate(ParsedSentence parse, Sentence sentence, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions)
    {
        if (parse.Root is not { } root) return null;
        var tokens = Slice(allTokens, sentence.Start, sentence.End);
        if (tokens.Count == 0) return null;
        var mentions = MentionsIn(allMentions, sentence.Start, sentence.End);
        // The root first; then a verb coordinated with it ("... and raised their flag"), and the relative clause of one of
        // its arguments ("caught four men who had walked over the Kopet Dag from Iran"): the act that makes the sentence
        // an incident.
        // (A root the parser made a noun, "Kyrgyz guards detained three shepherds who ...": the verbs below it.)
        var candidates = root.Upos == Upos.VERB ? new List<ParsedToken> { root }
            : parse.Dependents(root.Index).Where(d => d.BaseRelation is "acl" && d.Upos == Upos.VERB).ToList();
        // "The regiment is due to receive new sights": the act a copular schedule word governs (syntax.json scheduleWords).
        candidates.AddRange(Scheduled(parse, root));
        candidates.AddRange(parse.Dependents(root.Index).Where(d => d.BaseRelation is "conj" or "advcl" && d.Upos == Upos.VERB));
        candidates.AddRange(parse.Dependents(root.Index).Where(d => d.BaseRelation is "nsubj" or "obj")
            .SelectMany(a => parse.Dependents(a.Index).Where(r => r.Relation == "acl:relcl" && r.Upos == Upos.VERB)));
        foreach (var candidate in candidates)
        {
            // "Turkmenistan, which declared neutrality in 1995, does not ...": a root whose subject is a relative pronoun
            // heads a relative clause the parser misread, not the sentence's predicate.
            if (candidate.IsRoot && parse.Dependents(candidate.Index).Any(d => d.BaseRelation == "nsubj" && d.Xpos is "WDT" or "WP")) continue;
            var read = syntax.Read(parse, candidate);
            var ev = read.IsSpeechAct ? read : syntax.EventOf(parse, candidate);
            // No class of its own: the classes of its arguments, in their frame (argument-frames.json), which licenses it.
            var framed = ev is null && syntax.FramedEvent(parse, candidate, tokens, mentions) is { } byArguments ? byArguments : (ClausePredicate?)null;
            ev ??= framed;
            if (ev is not { Type: { } type } found || syntax.NegatedOrHypothetical(parse, found.Head)) continue;
            if (framed is null && !syntax.Licensed(type, tokens, mentions, parse, found.Head)) continue;
            // "No rifles were handed over": said not to have happened, a denial.
            var negated = type != IncidentType.Statement && (ClauseSyntax.NegatedArgument(parse, found.Head) || NegatedNoun(parse, found.Head));
            return Whole(sentence, tokens, mentions, negated ? IncidentType.Statement : type, found.Head, read.Role == PredicateRole.Denial || negated);
        }
        // No predicate typed it: the scene the sentence's words and their classes tell (scene-frames.json).
        return scenes.Read(parse, tokens, mentions) is { } scene ? Whole(sentence, tokens, mentions, scene.Type, scene.Head, false) : null;
    }

    /// <summary>The closure of a crossing place the sentence tells as its state (scene-frames.json "closures"), or null.</summary>
    internal SceneEvent? Closure(ParsedSentence parse, Sentence sentence, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions) =>
        scenes.Closure(parse, Slice(allTokens, sentence.Start, sentence.End), MentionsIn(allMentions, sentence.Start, sentence.End));

    /// <summary>Whether the sentence stages its adversary ("'intruders' from a neighbouring regiment", "an invented band"): what it tells is an exercise.</summary>
    internal bool Stages(ParsedSentence parse, Sentence sentence, List<Token> allTokens, IReadOnlyList<EntityMention> allMentions) =>
        scenes.Stages(parse, Slice(allTokens, sentence.Start, sentence.End), MentionsIn(allMentions, sentence.Start, sentence.End));

    private static Clause Whole(Sentence sentence, List<Token> tokens, List<EntityMention> mentions, IncidentType type, ParsedToken head, bool denial) =>
        new Clause
        {
            Start = sentence.Start, End = sentence.End, Tokens = tokens, Mentions = mentions, SentenceFirstToken = 0,
            ExcerptStart = sentence.Start, SentenceTokens = [.. tokens], SentenceMentions = [.. mentions], Type = type,
            TriggerToken = tokens.FindIndex(t => t.Start == head.Start), Denial = denial,
        };
}

using BorderWatch.Core.Domain;
using BorderWatch.Ingestion.Dates;
using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Recognition;
using static BorderWatch.Ingestion.Incidents.ClauseText;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>Turns a typed clause into an <see cref="ExtractedIncident"/>: evidence, border, status, attribution, date, actors.</summary>
internal sealed class IncidentBuilder
{
    private readonly Lexicon lexicon;
    private readonly EntityRecognizer recognizer;
    private readonly BorderAssigner borders;
    private readonly SourceAttribution sources;
    private readonly StatusRules statuses;
    private readonly EventDating dating;
    private readonly EventArguments arguments;
    private readonly Coreference coreference;
    private readonly SpeakerLexicon speakerWords;
    private readonly DateExpressionFinder finder;

    public IncidentBuilder(Lexicon lexicon, EntityRecognizer recognizer, BorderAssigner borders, SourceAttribution sources, StatusRules statuses,
        EventDating dating, EventArguments arguments, Coreference coreference, SpeakerLexicon speakerWords, DateExpressionFinder finder)
    {
        this.finder = finder;
        this.lexicon = lexicon;
        this.speakerWords = speakerWords;
        this.recognizer = recognizer;
        this.borders = borders;
        this.sources = sources;
        this.statuses = statuses;
        this.dating = dating;
        this.arguments = arguments;
        this.coreference = coreference;
    }

    internal ExtractedIncident? Build(AnalysisInput input, int si, Clause span, bool isSubSpan, bool nextDenies, bool previousAnonymous,
        List<Token> allTokens, IReadOnlyList<EntityMention> allMentions, DateContext dateContext, ArticleBorders articleBorders)
    {
        var text = input.Text;
        var sentence = input.Sentences[si];
        var type = span.Type!.Value;
        var excerptStart = isSubSpan ? span.ExcerptStart : sentence.Start;
        var excerptEnd = isSubSpan ? span.End : sentence.End;

        // Who reports it. For an event (not a statement) the source is no party to it: the source's words give no
        // actor, country or border ("Militants fired rockets into Termez, Tajik officials said" is about Termez).
        var source = sources.Source(text, span);
        var mentions = span.Mentions;
        if (type != IncidentType.Statement && source.End > source.Start &&
            mentions.Where(m => m.End <= source.Start || m.Start >= source.End).ToList() is { Count: > 0 } outside)
            mentions = outside;

        // Evidence: the span's own mentions; a span with none borrows from its sentence or up to three sentences before it.
        var carried = false;
        if (mentions.Count == 0)
        {
            var deictic = lexicon.Deictic.Matches(span.Tokens).Count > 0 || StartsWithPronoun(span.Tokens);
            // "the shoot-out", "the committee said": a definite reference to what the sentences before named.
            // (partyReference: the reference is to a party, not only to an event told before: "the department", not "the fighting".)
            var partyReference = span.Speaker is { Official: true, Entry: null, Phrase: { } said } && said.StartsWith("the ", StringComparison.OrdinalIgnoreCase);
            var anaphoric = lexicon.Anaphoric.Matches(span.Tokens).Count > 0 || partyReference;
            // "The sides agreed to ...", "each side blamed the other": a definite reference to the parties named before.
            partyReference = partyReference || DefiniteParties.PointsBack(lexicon, span);
            // "The first joint patrol is set for 10 December": a joint act is the story's parties' (recall47).
            partyReference = partyReference || JointParties.PointsBack(lexicon, span);
            anaphoric = anaphoric || partyReference || DefiniteParties.DatedInItsOwnRight(span, type);
            // "..., it added.": more of the report just told (news20).
            partyReference = partyReference || SpeakerParties.PronounSource(lexicon, speakerWords, text, span);
            // "..., Sadeghpour added.": a surname on second reference goes on with what its bearer told before.
            var speaker = sources.SpeakerOf(text, span);
            partyReference = partyReference || speaker is { NamedBefore: true };
            // "Provincial Governor Ali Karimi warned that ...": an office holder named with the office but with no state
            // of their own speaks for a party of the story told before.
            partyReference = partyReference || type == IncidentType.Statement && OfficeHolder(text, speaker);
            anaphoric = anaphoric || partyReference;
            // "NAZAROV: From Monday we will reinforce the posts": the speaker's own side acts (news20); not what the
            // speaker only says ("I ask colleagues in the media to check such stories").
            // A declaration read in a turn ("Anyone who ... should know that we will respond") is the speaker's own too.
            var ownSide = (type != IncidentType.Statement && SpeakerParties.FirstPerson(speakerWords, span) || type == IncidentType.Statement && span.Declared) &&
                          SpeakerParties.TurnSpeaker(input, si, finder) is not null;
            // "A second rifle platoon has been based at the outpost since September": a force of the story (recall29); not
            // when a lay voice tells it ("..., a fisherman added": a source never named before lends no parties).
            var storyForce = StoryForces.Acts(lexicon, text, span, type) && speaker is not { Official: false };
            if (!deictic && !anaphoric && !ownSide && !isSubSpan && !storyForce) return null;
            var sentenceMentions = MentionsIn(allMentions, sentence.Start, sentence.End);
            if (isSubSpan && sentenceMentions.Count > 0) mentions = sentenceMentions;
            else if (ownSide && SpeakerState(input, si, allMentions, allTokens) is { Count: > 0 } speakerState) { mentions = speakerState; carried = true; }
            else if (Coreference.PreviousStates(input, si, allMentions, acrossParagraphs: anaphoric || ownSide) is { Count: > 0 } previous) { mentions = previous; carried = true; }
            else if (storyForce && (SpeakerParties.TurnSpeaker(input, si, finder) is not null && SpeakerState(input, si, allMentions, allTokens) is { Count: > 0 } own
                         ? own : StoryForces.EarlierStates(input, si, allMentions)) is { Count: > 0 } earlier) { mentions = earlier; carried = true; }
            // "The border department warned on Friday ..." paragraphs after the story named its states (recall45).
            else if (partyReference && StoryParties.Earlier(input, si, allMentions, articleBorders.At(si)) is { Count: > 0 } story) { mentions = story; carried = true; }
            else return null;
        }
        // "SARYBAEV: On Wednesday our border guards and Tajik border guards went out together": the speaker's side takes part.
        else if (type != IncidentType.Statement && SpeakerParties.FirstPerson(speakerWords, span) && SpeakerParties.TurnSpeaker(input, si, finder) is not null &&
                 SpeakerState(input, si, allMentions, allTokens) is [var own] && !StatesInOrder(mentions).Contains(own.Entry.Key))
            mentions = [.. mentions, own];
        var states = StatesInOrder(mentions);
        var tokens = span.Tokens;
        var place = EventArguments.MostPrecisePlace(mentions);
        var nonBorder = BorderTopics.AwayFromBorders(lexicon, Slice(allTokens, sentence.Start, sentence.End)) && !BorderTopics.SecurityAct(type);
        // With no state of its own ("it asked the CSTO for help"), the span speaks of the state just named.
        // "received snowmobiles from Russia": a supplier, donor or partner is no side of a border (border28).
        var suppliers = Suppliers.Of(lexicon, tokens, mentions, type, Suppliers.Sides(recognizer.Gazetteer, EventArguments.Hub));
        var borderStates = states.Count > 0 ? states.Where(s => !suppliers.Contains(s)).ToList() : StatesInOrder(Coreference.PreviousStates(input, si, allMentions));
        var descriptors = arguments.BorderDescriptors(text, mentions, allTokens, out var explicitBorder);
        var inGeneral = lexicon.BordersInGeneral.Matches(tokens).Count > 0;
        var evidence = new BorderEvidence(borderStates, lexicon.BorderWords.Matches(tokens).Count > 0, place, type, nonBorder,
            lexicon.SingularBorderWords.Matches(tokens).Count > 0 && !inGeneral, explicitBorder,
            mentions.Where(m => m.Entry.Kind == EntryKind.State && m.Match is MatchKind.Name or MatchKind.Alias).Select(m => m.Entry.Key).ToList(),
            StatesBorrowed: states.Count == 0, NearMainBorder: articleBorders.NearMain(si), BordersInGeneral: inGeneral,
            OrganizationTakesPart: mentions.Any(m => m.Entry.Kind == EntryKind.Organization && m.Entry.Country is null), Suppliers: suppliers);
        var documentBorder = articleBorders.At(si);
        var border = borders.Assign(evidence, documentBorder, articleBorders.SceneBefore(si), articleBorders.Home);

        var anonymousSource = source.Text is not null && lexicon.AnonymousSources.Matches(NameNormalizer.Tokenize(source.Text)).Count > 0 && !statuses.OfficeAmong(source.Text) && !statuses.KinTells(source.Text);
        var status = statuses.Status(text, sentence, span, type, nextDenies, previousAnonymous, allTokens, anonymousSource);
        var attribution = sources.Attribution(source.Text, previousAnonymous && status == IncidentStatus.Unconfirmed);

        var (date, inferred, note, basis) = dating.DateFor(input, si, span, status, dateContext);
        // Countries follow the gold conventions: a state named only as the far side of a border ("its border with
        // Afghanistan") is no party, except that crossings and captures of border sections and clashes on the line
        // carry both sides, and so do talks or agreements about it between its own two states (not a third's; the hub
        // only by its own actors: a third state's leader the recognizer missed often talks about the Afghan border).
        var actorNamed = StatesInOrder(mentions.Where(m => !descriptors.Contains(m) && m.Entry.Kind != EntryKind.Place)).Count > 0;
        var parties = mentions.Where(m => !descriptors.Contains(m) || EventArguments.KeepsBorderDescriptor(m, type, actorNamed)).ToList();
        var triggerStart = span.TriggerToken >= 0 && span.TriggerToken < span.Tokens.Count ? span.Tokens[span.TriggerToken].Start : -1;
        var borderEntry = border is null ? null : recognizer.Gazetteer.Border(border);
        // A one-sided act's far side ("posts facing Afghanistan") is no party.
        // (On the hub's borders a joint drill is a neighbour's with its allies: the far side is still dropped there.)
        var joint = lexicon.JointWords.Matches(tokens).Count > 0 && borderEntry?.Involves(EventArguments.Hub) == false;
        if (!joint && OneSidedParties.FarSide(type, borderEntry, parties, span.Start, triggerStart) is { } far)
            parties = OneSidedParties.Without(parties, far);
        List<string> partyStates;
        (parties, partyStates) = CrossedSides.Apply(type, borderEntry, parties, place, descriptors, span.Start, triggerStart, joint, EventArguments.Hub);
        var actors = EventArguments.Actors(parties, span.Speaker, type, partyStates, triggerStart);
        var excerpt = text[excerptStart..excerptEnd];
        return new ExtractedIncident
        {
            Type = type,
            Date = date,
            DateInferred = inferred,
            DateNote = note,
            DateBasis = basis,
            BorderCode = border,
            Actors = actors,
            LocationText = place is null ? null : mentions.First(m => m.Place == place).Text + (place.Province is { } prov && place.PlaceKind == PlaceKind.District ? $", {prov}" : ""),
            PlaceKey = place?.Key,
            LocationPrecision = EventArguments.Precision(place, border),
            Status = status,
            Attribution = attribution,
            Confidence = Confidence(span, mentions, carried, status),
            Summary = Summary(type, excerpt),
            ExcerptStart = excerptStart,
            ExcerptEnd = excerptEnd,
        };
    }

    /// <summary>"Regional Governor Davron Saidzoda": a name the gazetteer does not know, with an office in it (the office
    /// read whatever its case: a title before a name is capitalised).</summary>
    private bool OfficeHolder(string text, Speaker? speaker) =>
        speaker is { Named: true, Entry: null, Start: >= 0 } s && s.End > s.Start &&
        lexicon.OfficialRoles.Matches(NameNormalizer.Tokenize(text[s.Start..s.End]).Select(t => t with { Original = t.Folded }).ToList()).Count > 0;

    /// <summary>
    /// The parties a sentence may borrow from its document: the interviewee's state in a speaker's turn, else the states of
    /// the sentences just before (up to two paragraphs back). <see cref="Build"/> decides whether a clause refers back to them.
    /// </summary>
    internal IReadOnlyList<EntityMention> ContextParties(AnalysisInput input, int si, IReadOnlyList<EntityMention> allMentions, List<Token> allTokens) =>
        SpeakerState(input, si, allMentions, allTokens) is { Count: > 0 } own ? own : Coreference.PreviousStates(input, si, allMentions, acrossParagraphs: true);

    private List<EntityMention> SpeakerState(AnalysisInput input, int si, IReadOnlyList<EntityMention> allMentions, List<Token> allTokens) =>
        SpeakerParties.SpeakerState(lexicon, speakerWords, input, si, allMentions, allTokens, recognizer.Gazetteer.Find, finder);

    internal static double Confidence(Clause span, IReadOnlyList<EntityMention> mentions, bool carried, IncidentStatus status)
    {
        var c = 0.5 + 0.08 * Math.Min(4, mentions.Count(m => m.Entry.Kind != EntryKind.Place));
        if (carried) c -= 0.15;
        if (status == IncidentStatus.Unconfirmed) c -= 0.05;
        if (span.Speaker is { Official: false }) c -= 0.05;
        return Math.Round(Math.Clamp(c, 0.1, 0.95), 2);
    }

    internal static string Summary(IncidentType type, string excerpt)
    {
        var label = type.ToCode().Replace('-', ' ');
        var plain = string.Join(' ', excerpt.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim('“', '”', '"');
        var head = char.ToUpperInvariant(label[0]) + label[1..] + ": ";
        var room = 140 - head.Length;
        if (plain.Length > room)
        {
            var cut = plain.LastIndexOf(' ', room - 1);
            plain = plain[..(cut > 20 ? cut : room - 1)] + "…";
        }
        return head + plain;
    }
}

using System.Text.Json;
using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>
/// How a verb of moving oneself crosses a frontier: an oblique with one of <paramref name="Prepositions"/> whose noun is
/// one of <paramref name="Grounds"/> ("into Tajik territory", "across the line"), a name after one of
/// <paramref name="NamedPrepositions"/> ("over the Amu Darya"), or one of <paramref name="Edges"/> after one of
/// <paramref name="EdgePrepositions"/> ("to the Tajik shore").
/// </summary>
/// A path along a frontier (<paramref name="AlongPrepositions"/> or a ground as the object: "walk the frontier") is a patrol.
public sealed record CrossingPaths(IReadOnlySet<string> Prepositions, IReadOnlySet<string> NamedPrepositions, IReadOnlySet<string> EdgePrepositions,
    IReadOnlySet<string> Grounds, IReadOnlySet<string> Edges, IReadOnlySet<string> AlongPrepositions)
{
    public static readonly CrossingPaths None = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
}

/// <summary>
/// A verb class that makes an incident of a type when its theme (what is moved or given) is of one of the theme classes:
/// "flew a battalion to the base" (convey + troops: deployment), "gave the guards night-vision goggles" (give + materiel:
/// arms transfer). <see cref="NeedRecipient"/>: only with a recipient (an indirect object, "presented X with Y", "to" a
/// named party); <see cref="NeedGoal"/>: only with a goal ("to", "into", "along" a place: not "were carrying rifles").
/// </summary>
/// <see cref="NeedNewTheme"/>: not with a passive subject that has "the" ("The outpost was built to ..." describes a post
/// already named).
/// <see cref="AgentClasses"/> (model31): when not empty, the agent (the active subject, or the passive's "by" phrase) must
/// be a name, a pronoun or a noun of one of these classes, or be left unsaid ("soldiers put up a fence", "a second fence was put
/// up": a fortification; "herders put up a fence around their pasture": none).
public sealed record ThemeRule(string VerbClass, IReadOnlySet<string> ThemeClasses, IncidentType Type, bool NeedRecipient, bool NeedGoal, bool NeedNewTheme)
{
    public IReadOnlySet<string> AgentClasses { get; init; } = new HashSet<string>();

    /// <summary>When not empty, the rule holds for these verbs (lemma, or lemma and particle: "turn back") instead of
    /// <see cref="VerbClass"/>'s (model37).</summary>
    public IReadOnlySet<string> Verbs { get; init; } = new HashSet<string>();
}

/// <summary>
/// Checks made stricter (model31): a verb of <paramref name="Verbs"/> ("stepped up", "tightened") whose object is one of
/// <paramref name="Nouns"/> ("checks", "controls") is a patrol-surveillance incident when the checks bear on vehicles,
/// people crossing or a border place (a noun of <paramref name="TargetClasses"/> or one of <paramref name="TargetWords"/>
/// in an oblique of the verb or a modifier of the noun) or a force makes them (a subject of <paramref name="AgentClasses"/>);
/// "stepped up checks on the budget" is none.
/// </summary>
public sealed record CheckRule(IReadOnlySet<string> Verbs, IReadOnlySet<string> Nouns, IReadOnlySet<string> TargetClasses, IReadOnlySet<string> TargetWords,
    IReadOnlySet<string> AgentClasses)
{
    public static readonly CheckRule None = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
}

/// <summary>
/// A flag or banner (a noun of one of <paramref name="Emblems"/>, classes of event-classes.json) set over a place (an
/// oblique after one of <paramref name="Prepositions"/>) claims it: "raised their banner over the police station", "the
/// Taliban flag was flying over the customs house".
/// </summary>
/// <paramref name="HeldAt"/>: prepositions after which the oblique of a taking without an object is the place held ("dug
/// in on a hilltop").
public sealed record ClaimMarks(IReadOnlySet<string> Emblems, IReadOnlySet<string> Prepositions, IReadOnlySet<string> HeldAt)
{
    public static readonly ClaimMarks None = new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
}

/// <summary>The word lists that tell <see cref="ClauseSyntax"/> how to read a parsed predicate (Lexicon/syntax.json).</summary>
public sealed record SyntaxLexicon(
    IReadOnlySet<string> ReportClasses, IReadOnlySet<string> AccusationClasses, IReadOnlySet<string> DenialClasses,
    IReadOnlySet<string> StatementClasses, IReadOnlySet<string> LightVerbs, IReadOnlySet<string> Aftermath,
    IReadOnlySet<string> MeetingTopics, IReadOnlySet<string> BackgroundMarks, IReadOnlySet<string> NonAgentClasses,
    IReadOnlyList<ThemeRule> ThemeRules)
{
    /// <summary>Verb + preposition pairs whose oblique names the event ("came under fire", "put ... on alert").</summary>
    public IReadOnlySet<string> LightObliques { get; init; } = new HashSet<string>();
    /// <summary>How a verb of the travel class crosses a frontier (syntax.json crossingPaths).</summary>
    public CrossingPaths Crossing { get; init; } = CrossingPaths.None;
    /// <summary>Nouns that stand for a party as the object of a classNeedParty lemma when a name qualifies them ("a Tajik delegation").</summary>
    public IReadOnlySet<string> PartyNouns { get; init; } = new HashSet<string>();
    /// <summary>Prepositions that drive a party out of a place ("out" of, "off"): the place changes hands.</summary>
    public IReadOnlySet<string> Ousting { get; init; } = new HashSet<string>();
    /// <summary>Verbs of a quantity or state changing: an event noun as their subject tells a trend ("smuggling has increased").</summary>
    public IReadOnlySet<string> TrendVerbs { get; init; } = new HashSet<string>();
    /// <summary>Times of one occasion ("overnight", "on Sunday"): a verb of change they date tells the course of one event
    /// ("shelling had intensified overnight"), not a trend over a span (mend33b, <see cref="ReportedSpeechActs"/>).</summary>
    public IReadOnlySet<string> PointTimes { get; init; } = new HashSet<string>();
    /// <summary>Noun classes that claim a place when set over it (flags, banners) and the prepositions that set them there.</summary>
    public ClaimMarks Claims { get; init; } = ClaimMarks.None;
    /// <summary>Modals of obligation ("should", "must", "ought"): a sentence whose main verb carries one, with no reporting verb, is the writer's recommendation.</summary>
    public IReadOnlySet<string> ObligationModals { get; init; } = new HashSet<string>();
    /// <summary>Words that may open an imperative before its verb ("please", "do", "not"): precision40.</summary>
    public IReadOnlySet<string> ImperativeOpeners { get; init; } = new HashSet<string>();
    /// <summary>Adverbs of frequency ("rarely", "regularly"): on a predicate in the present simple they tell a habit, not an incident.</summary>
    public IReadOnlySet<string> FrequencyAdverbs { get; init; } = new HashSet<string>();
    /// <summary>Present predicate adjectives of what befell people ("dead", "wounded"): with the event word under one of
    /// <see cref="CauseMarks"/> ("are dead after a clash") the act's result, not a standing state (recall31).</summary>
    public IReadOnlySet<string> CasualtyStates { get; init; } = new HashSet<string>();
    /// <summary>The prepositions that make an event word the cause of a casualty state ("after", "following").</summary>
    public IReadOnlySet<string> CauseMarks { get; init; } = new HashSet<string>();
    /// <summary>Nouns of a recurring time ("day", "week", weekdays): "every" before one tells a habit ("are held every Friday").</summary>
    public IReadOnlySet<string> RecurringTimes { get; init; } = new HashSet<string>();
    /// <summary>Adjectives of how easy an act is ("easy", "hard"): an event verb as their to-infinitive ("is hard to patrol",
    /// "an easy river to cross") tells what a place is like, not an act (precision36).</summary>
    public IReadOnlySet<string> EaseAdjectives { get; init; } = new HashSet<string>();
    /// <summary>Verbs of a mishap ("drowned", "capsized", "overturned"): a sentence told by one, with no event word of its own,
    /// tells an accident, no act of a party (precision37, <see cref="GenericClauses.Mishap"/>).</summary>
    public IReadOnlySet<string> MishapVerbs { get; init; } = new HashSet<string>();
    /// <summary>Nouns of people hurt in an event ("casualties", "injuries"): a report of none ("reported no casualties") tells
    /// of the event just told, no statement of its own (precision36).</summary>
    public IReadOnlySet<string> CasualtyNouns { get; init; } = new HashSet<string>();
    /// <summary>Nouns of a span of many years ("decade", "generation"): a present perfect "for" them tells a custom.</summary>
    public IReadOnlySet<string> LongSpans { get; init; } = new HashSet<string>();
    /// <summary>Verbs that carry no content of their own ("have", "make", "tell"): a denial repeating one is not about the claim.</summary>
    public IReadOnlySet<string> EmptyVerbs { get; init; } = new HashSet<string>();
    /// <summary>Nouns of what is so ("reality", "truth"): an oblique of a negated verb ("does not correspond to reality") calls an account untrue.</summary>
    public IReadOnlySet<string> UntruthObliques { get; init; } = new HashSet<string>();
    /// <summary>Possessives of the teller's side or the party spoken of ("its men", "our guards", "their posts").</summary>
    public IReadOnlySet<string> OwnSidePossessives { get; init; } = new HashSet<string>();
    /// <summary>Prepositions that name a partner of a talk ("discuss ... with Dushanbe").</summary>
    public IReadOnlySet<string> PartnerPrepositions { get; init; } = new HashSet<string>();
    /// <summary>Prepositions that name the agent of a passive ("was told by villagers").</summary>
    public IReadOnlySet<string> AgentPrepositions { get; init; } = new HashSet<string>();
    /// <summary>Prepositions that turn a negated act into its time ("was not signed until Friday"): mend31.</summary>
    public IReadOnlySet<string> NegationEnds { get; init; } = new HashSet<string>();
    /// <summary>The marker of a to-infinitive ("to investigate"): a verb with one is no finite act of its own.</summary>
    public IReadOnlySet<string> InfinitiveMarkers { get; init; } = new HashSet<string>();
    /// <summary>Adverbs that tell an arrangement newly in force ("now"): on a predicate with a frequency or an obligation
    /// ("now sail the river every night", "must now show their passports") a new regime, not a habit or a recommendation.</summary>
    public IReadOnlySet<string> InForceAdverbs { get; init; } = new HashSet<string>();
    /// <summary>Predicate adjectives and participles that put an act on the calendar ("is due to receive", "are set to
    /// meet"): under a copula, the verb they govern is the sentence's event, planned.</summary>
    public IReadOnlySet<string> ScheduleWords { get; init; } = new HashSet<string>();
    /// <summary>Words that give the day a standing arrangement began ("since"): a frequency with one ("have patrolled the
    /// river every night since Monday") tells a regime put in place, not a habit.</summary>
    public IReadOnlySet<string> RegimeStarts { get; init; } = new HashSet<string>();
    /// <summary>Modals of permission ("may", "can"): with a mark of a rule in force on their verb ("traders may now cross",
    /// "since Monday only lorries may use the bridge", "may stay until 2047 under terms ...") they tell a permission that
    /// holds, an event of its entry into force, not a hypothetical (type27).</summary>
    public IReadOnlySet<string> PermissionModals { get; init; } = new HashSet<string>();
    /// <summary>Modals of possibility ("could", "might", "may", "would", "should"): on a predicate they hedge it, no event
    /// to record unless a permission holds (<see cref="Hedging.NegatedOrHypothetical"/>; type29: moved from C#).</summary>
    public IReadOnlySet<string> HedgingModals { get; init; } = new HashSet<string>();
    /// <summary>Prepositions whose oblique on a permission modal's verb gives the rule it holds under ("under terms the
    /// parliament backed") or, with a time word, the day it holds from ("from Monday", "since Friday").</summary>
    public IReadOnlySet<string> PermissionSources { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> PermissionStarts { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> PermissionGrounds { get; init; } = new HashSet<string>();
    /// <summary>Marks of an absolute construction ("With the river frozen, ..."): the state of things that makes an act
    /// possible, so a permission modal with one tells an opportunity, no permission (type28).</summary>
    public IReadOnlySet<string> AbsoluteMarks { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> CalendarMonths { get; init; } = new HashSet<string>();
    /// <summary>Prepositions after which the oblique of a verb of moving oneself names the purpose of the trip ("flew to Kabul for talks").</summary>
    public IReadOnlySet<string> PurposePrepositions { get; init; } = new HashSet<string>();
    /// <summary>Verbs of going back without an object ("retreated", "fled"): the way back of the men of a clash or a crossing just told.</summary>
    public IReadOnlySet<string> WithdrawalVerbs { get; init; } = new HashSet<string>();
    /// <summary>Particles that turn a verb of moving oneself into going back ("ran back", "escaped back").</summary>
    public IReadOnlySet<string> ReturnParticles { get; init; } = new HashSet<string>();
    /// <summary>Verbs of handing people over to a side ("were handed back", "was returned"): in the passive under a pronoun,
    /// the end of a crossing told before (precision30).</summary>
    public IReadOnlySet<string> HandoverVerbs { get; init; } = new HashSet<string>();
    /// <summary>Prepositions of the direction a withdrawal heads in ("towards Turkmen territory"): the way home, no new party.</summary>
    public IReadOnlySet<string> WithdrawalDirections { get; init; } = new HashSet<string>();
    /// <summary>Pronoun subjects of a handover that stand for people already told ("they", "he", "both").</summary>
    public IReadOnlySet<string> HandoverSubjects { get; init; } = new HashSet<string>();
    /// <summary>Determiners that read like a complementizer ("rejected that account, telling ..."): a cut at one is no clause.</summary>
    public IReadOnlySet<string> DeterminerCuts { get; init; } = new HashSet<string>();
    /// <summary>The article that names a participant again ("and the patrol answered").</summary>
    public IReadOnlySet<string> DefiniteArticles { get; init; } = new HashSet<string>();
    /// <summary>Checks made stricter on vehicles, people crossing or a border place (model31: "stepped up checks on lorries").</summary>
    public CheckRule Checks { get; init; } = CheckRule.None;

    public static SyntaxLexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        HashSet<string> Set(string name) => doc.RootElement.TryGetProperty(name, out var a)
            ? a.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal)
            : throw new InvalidOperationException($"syntax.json: the list '{name}' is missing");
        return new(Set("reportClasses"), Set("accusationClasses"), Set("denialClasses"), Set("statementClasses"), Set("lightVerbs"), Set("aftermath"),
            Set("meetingTopics"), Set("backgroundMarks"), Set("nonAgentClasses"), Rules(doc.RootElement))
        {
            LightObliques = Set("lightObliques"),
            PartyNouns = Set("partyNouns"),
            Ousting = Set("ousting"),
            TrendVerbs = Set("trendVerbs"),
            PointTimes = Set("pointTimes"),
            ObligationModals = Set("obligationModals"),
            ImperativeOpeners = Set("imperativeOpeners"),
            FrequencyAdverbs = Set("frequencyAdverbs"),
            CasualtyStates = Set("casualtyStates"),
            CauseMarks = Set("causeMarks"),
            RecurringTimes = Set("recurringTimes"),
            LongSpans = Set("longSpans"),
            EaseAdjectives = Set("easeAdjectives"),
            MishapVerbs = Set("mishapVerbs"),
            CasualtyNouns = Set("casualtyNouns"),
            EmptyVerbs = Set("emptyVerbs"),
            UntruthObliques = Set("untruthObliques"),
            OwnSidePossessives = Set("ownSidePossessives"),
            PartnerPrepositions = Set("partnerPrepositions"),
            AgentPrepositions = Set("agentPrepositions"),
            NegationEnds = Set("negationEnds"),
            InfinitiveMarkers = Set("infinitiveMarkers"),
            InForceAdverbs = Set("inForceAdverbs"),
            PurposePrepositions = Set("purposePrepositions"),
            ScheduleWords = Set("scheduleWords"),
            RegimeStarts = Set("regimeStarts"),
            PermissionModals = Set("permissionModals"),
            HedgingModals = Set("hedgingModals"),
            PermissionSources = Set("permissionSources"),
            PermissionStarts = Set("permissionStarts"),
            PermissionGrounds = Set("permissionGrounds"),
            AbsoluteMarks = Set("absoluteMarks"),
            CalendarMonths = Set("calendarMonths"),
            WithdrawalVerbs = Set("withdrawalVerbs"),
            ReturnParticles = Set("returnParticles"),
            HandoverVerbs = Set("handoverVerbs"),
            WithdrawalDirections = Set("withdrawalDirections"),
            HandoverSubjects = Set("handoverSubjects"),
            DeterminerCuts = Set("determinerCuts"),
            DefiniteArticles = Set("definiteArticles"),
            Checks = doc.RootElement.TryGetProperty("intensifiedChecks", out var checks)
                ? new CheckRule(Strings(checks, "verbs", "intensifiedChecks"), Strings(checks, "nouns", "intensifiedChecks"), Strings(checks, "targetClasses", "intensifiedChecks"),
                    Strings(checks, "targetWords", "intensifiedChecks"), Strings(checks, "agentClasses", "intensifiedChecks"))
                : throw new InvalidOperationException("syntax.json: the object 'intensifiedChecks' is missing"),
            Claims = doc.RootElement.TryGetProperty("claims", out var claims)
                ? new ClaimMarks(Strings(claims, "emblems", "claims"), Strings(claims, "prepositions", "claims"), Strings(claims, "heldAt", "claims"))
                : throw new InvalidOperationException("syntax.json: the object 'claims' is missing"),
            Crossing = doc.RootElement.TryGetProperty("crossingPaths", out var paths)
                ? new CrossingPaths(Strings(paths, "prepositions", "crossingPaths"), Strings(paths, "namedPrepositions", "crossingPaths"), Strings(paths, "edgePrepositions", "crossingPaths"),
                    Strings(paths, "grounds", "crossingPaths"), Strings(paths, "edges", "crossingPaths"), Strings(paths, "alongPrepositions", "crossingPaths"))
                : throw new InvalidOperationException("syntax.json: the object 'crossingPaths' is missing"),
        };
    }

    private static HashSet<string> Strings(JsonElement parent, string name, string owner) =>
        parent.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0).ToHashSet(StringComparer.Ordinal)
            : throw new InvalidOperationException($"syntax.json: {owner}.{name} is missing");

    private static List<ThemeRule> Rules(JsonElement root)
    {
        if (!root.TryGetProperty("themeRules", out var rules)) throw new InvalidOperationException("syntax.json: the list 'themeRules' is missing");
        return rules.EnumerateArray().Select((r, i) =>
        {
            string Field(string name) => r.TryGetProperty(name, out var v) && v.GetString() is { Length: > 0 } s ? s
                : throw new InvalidOperationException($"syntax.json: themeRules[{i}] has no '{name}'");
            var code = Field("type");
            if (!Codes.TryParseType(code, out var type)) throw new InvalidOperationException($"syntax.json: themeRules[{i}].type '{code}' is no incident type");
            var themes = r.TryGetProperty("themes", out var t) ? t.EnumerateArray().Select(e => e.GetString() ?? "").Where(x => x.Length > 0).ToHashSet(StringComparer.Ordinal) : [];
            if (themes.Count == 0) throw new InvalidOperationException($"syntax.json: themeRules[{i}] has no 'themes'");
            var verbs = r.TryGetProperty("verbs", out var vs) ? vs.EnumerateArray().Select(e => e.GetString() ?? "").Where(x => x.Length > 0).ToHashSet(StringComparer.Ordinal) : [];
            return new ThemeRule(verbs.Count > 0 && !r.TryGetProperty("verbClass", out _) ? "" : Field("verbClass"), themes, type, r.TryGetProperty("needRecipient", out var n) && n.GetBoolean(),
                r.TryGetProperty("needGoal", out var g) && g.GetBoolean(), r.TryGetProperty("needNewTheme", out var nt) && nt.GetBoolean())
            {
                AgentClasses = r.TryGetProperty("agents", out var a) ? a.EnumerateArray().Select(e => e.GetString() ?? "").Where(x => x.Length > 0).ToHashSet(StringComparer.Ordinal) : [],
                Verbs = verbs,
            };
        }).ToList();
    }

    private static readonly Lazy<SyntaxLexicon> Instance = new(() => Parse(LexiconResource.Read("syntax.json")));

    public static SyntaxLexicon Default => Instance.Value;
}

using System.Reflection;
using System.Text.Json;
using BorderWatch.Core.Domain;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>How the lexicon files (Lexicon/*.json) fill the word lists: which file and list each property is read from.</summary>
public sealed partial class Lexicon
{
    private static readonly Lazy<Lexicon> Instance = new(() =>
    {
        var asm = typeof(Lexicon).Assembly;
        return Load(name => Read(asm, "BorderWatch.Lexicon." + name));
    });
    public static Lexicon Default => Instance.Value;

    private static string Read(Assembly asm, string resource)
    {
        using var stream = asm.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"Embedded resource {resource} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static List<string> Strings(JsonElement array) =>
        array.EnumerateArray().Select(e => e.GetString() ?? "").Where(s => s.Length > 0).ToList();

    private static List<string> List(JsonDocument d, string name) => Strings(d.RootElement.GetProperty(name));

    /// <summary>
    /// The embedded status.json's planning verbs and openers, read as <see cref="Load"/> reads <see cref="PlanningVerbs"/>
    /// and <see cref="PlanningOpeners"/>, without loading the rest of the lexicon: the date rules need only these, and a tool
    /// that only reads pages (<see cref="Reading.DocumentReader.Default"/>) should not build the detector's phrase sets.
    /// </summary>
    internal static (IReadOnlySet<string> Verbs, IReadOnlySet<string> Openers) EmbeddedPlanningWords()
    {
        using var status = JsonDocument.Parse(Read(typeof(Lexicon).Assembly, "BorderWatch.Lexicon.status.json"));
        return PlanningWords(status);
    }

    // status.json's planning verbs and openers, for Load and EmbeddedPlanningWords alike.
    private static (HashSet<string> Verbs, HashSet<string> Openers) PlanningWords(JsonDocument status) =>
        (List(status, "planningVerbs").ToHashSet(StringComparer.Ordinal), List(status, "planningOpeners").ToHashSet(StringComparer.Ordinal));

    public static Lexicon Load(Func<string, string> readFile)
    {
        using var triggers = JsonDocument.Parse(readFile("triggers.json"));
        using var statements = JsonDocument.Parse(readFile("statements.json"));
        using var status = JsonDocument.Parse(readFile("status.json"));
        using var context = JsonDocument.Parse(readFile("context.json"));
        var planning = PlanningWords(status);
        var order = List(triggers, "order");
        static IncidentType Type(string code) => Codes.TryParseType(code, out var t)
            ? t : throw new InvalidOperationException($"Unknown incident type {code} in triggers.json");
        var weak = triggers.RootElement.GetProperty("weak");
        var classes = new EventClasses(readFile("event-classes.json"), triggers.RootElement.GetProperty("classLemmas").EnumerateObject()
            .Where(p => !p.Name.StartsWith('_')).SelectMany(p => Strings(p.Value).Select(l => (Type(p.Name).ToCode(), l))));
        return new Lexicon
        {
            Triggers = order.Select(code => (Type(code), new PhraseSet(List(triggers, code)))).ToList(),
            WeakTriggers = order.Where(code => weak.TryGetProperty(code, out _))
                .Select(code => (Type(code), new PhraseSet(Strings(weak.GetProperty(code))))).ToList(),
            Circumstance = new PhraseSet(List(triggers, "circumstance")),
            TopicVerbs = new PhraseSet(List(statements, "topicVerbs")),
            SpeakerStops = List(statements, "speakerStops").ToHashSet(StringComparer.Ordinal),
            BorderActorNouns = new PhraseSet(List(context, "borderActorNouns")),
            PlannedAfter = new PhraseSet(List(status, "plannedAfter")),
            AnonymousSources = new PhraseSet(List(status, "anonymousSources")),
            KinSources = new PhraseSet(List(status, "kinSources")),
            SpeaksAnonymously = new PhraseSet(List(status, "speaksAnonymously")),
            DeniedReference = new PhraseSet(List(status, "deniedReference")),
            BlanketClaim = new PhraseSet(List(status, "blanketClaim")),
            Anaphoric = new PhraseSet(List(context, "anaphoric")),
            SequelOpeners = new PhraseSet(List(context, "sequelOpeners")),
            PlannedAfterWindow = status.RootElement.GetProperty("plannedAfterWindow").GetInt32(),
            Speech = new PhraseSet(List(statements, "speech")),
            StatementCues = new PhraseSet(List(statements, "cues")),
            StatementActs = new PhraseSet(List(statements, "acts")),
            Blame = new PhraseSet(List(statements, "blame")),
            OfficialRoles = new PhraseSet(List(statements, "officialRoles")),
            Denied = new PhraseSet(List(status, "denied").Concat(List(status, "deniedAct"))),
            DeniedAct = new PhraseSet(List(status, "deniedAct")),
            Unconfirmed = new PhraseSet(List(status, "unconfirmed")),
            Planned = new PhraseSet(List(status, "planned")),
            AccountVerbs = List(status, "accountVerbs").ToHashSet(StringComparer.Ordinal),
            VerificationVerbs = List(status, "verificationVerbs").ToHashSet(StringComparer.Ordinal),
            PlanningVerbs = planning.Verbs,
            IntentVerbs = List(status, "intentVerbs").ToHashSet(StringComparer.Ordinal),
            ProspectVerbs = List(status, "prospectVerbs").ToHashSet(StringComparer.Ordinal),
            SourceJoiners = List(status, "sourceJoiners").ToHashSet(StringComparer.Ordinal),
            SourceIntroducers = List(statements, "sourceIntroducers").Select(p => (IReadOnlyList<string>)p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList(),
            PlanningOpeners = planning.Openers,
            PlannedAuxiliaries = List(status, "plannedAuxiliaries").ToHashSet(StringComparer.Ordinal),
            ConditionMarks = List(status, "conditionMarks").ToHashSet(StringComparer.Ordinal),
            VerificationNegators = List(status, "verificationNegators").ToHashSet(StringComparer.Ordinal),
            PlannedWindow = status.RootElement.GetProperty("plannedWindow").GetInt32(),
            CaptionCues = List(context, "caption"),
            NonBorderTopics = new PhraseSet(List(context, "nonBorderTopics")),
            BorderSecurityTopics = new PhraseSet(List(context, "borderSecurityTopics")),
            PartyDeterminers = new PhraseSet(List(context, "partyDeterminers")),
            PartyHeads = new PhraseSet(List(context, "partyHeads")),
            Hypothetical = new PhraseSet(List(context, "hypothetical")),
            Warnings = new PhraseSet(List(context, "warnings")),
            Durations = new PhraseSet(List(context, "durations")),
            BorderWords = new PhraseSet(List(context, "borderWords")),
            ClauseSeparators = List(context, "clauseSeparators"),
            HeadlineStarts = List(context, "headlineStarts"),
            Forecast = new PhraseSet(List(context, "forecast")),
            Historical = new PhraseSet(List(context, "historical")),
            Membership = new PhraseSet(List(context, "membership")),
            Deictic = new PhraseSet(List(context, "deictic")),
            Modals = new PhraseSet(List(statements, "modals")),
            Negations = new PhraseSet(List(statements, "negations")),
            SingularBorderWords = new PhraseSet(List(context, "singularBorderWords")),
            Recaps = new PhraseSet(List(context, "recaps")),
            SummaryHeadings = new PhraseSet(List(context, "summaryHeadings")),
            NonEventSections = new PhraseSet(List(context, "nonEventSections")),
            SecurityActors = new PhraseSet(List(context, "securityActors")),
            BorderForces = new PhraseSet(List(context, "borderForces")),
            PluralForces = new PhraseSet(List(context, "pluralForces")),
            StandingForces = new PhraseSet(List(context, "standingForces")),
            RecipientMarks = List(context, "recipientMarks").ToHashSet(StringComparer.Ordinal),
            SecurityMeasures = new PhraseSet(List(context, "securityMeasures")),
            CitizenshipNouns = new PhraseSet(List(context, "citizenshipNouns")),
            AsideLabels = new PhraseSet(List(context, "asideLabels")),
            ExerciseScenario = new PhraseSet(List(context, "exerciseScenario")),
            BordersInGeneral = new PhraseSet(List(context, "bordersInGeneral")),
            JointWords = new PhraseSet(List(context, "jointWords")),
            DonorCues = new PhraseSet(List(context, "donorCues")),
            TransferSources = new PhraseSet(List(context, "transferSources")),
            TransferMakers = new PhraseSet(List(context, "transferMakers")),
            RelativeWords = List(context, "relativeWords"),
            PersonRelativeWords = List(context, "personRelativeWords").ToHashSet(StringComparer.Ordinal),
            PassiveAuxiliaries = List(status, "passiveAuxiliaries").ToHashSet(StringComparer.Ordinal),
            AttributiveCues = List(status, "attributiveCues").ToHashSet(StringComparer.Ordinal),
            NegativeAnswers = new PhraseSet(List(status, "negativeAnswers")),
            AnswerEmptyVerbs = List(status, "answerEmptyVerbs").ToHashSet(StringComparer.Ordinal),
            AttributiveOpeners = List(status, "attributiveOpeners").ToHashSet(StringComparer.Ordinal),
            OwnPeoplePossessives = List(status, "ownPeoplePossessives").ToHashSet(StringComparer.Ordinal),
            EventBegins = new PhraseSet(List(context, "eventBegins")),
            EventEnds = new PhraseSet(List(context, "eventEnds")),
            Refusals = new PhraseSet(List(context, "refusals")),
            Habitual = new PhraseSet(List(context, "habitual")),
            FightingActs = new PhraseSet(List(triggers, "fightingActs")),
            ArmedGroupTriggers = triggers.RootElement.GetProperty("armedGroupOnly").EnumerateObject()
                .Select(p => (Type(p.Name), new PhraseSet(Strings(p.Value)))).ToList(),
            CaptureVerbs = new PhraseSet(List(triggers, "captureVerbs")),
            ExitPhrases = new PhraseSet(Strings(triggers.RootElement.GetProperty("exitPhrases").GetProperty("phrases"))),
            Classes = classes,
            Frames = new PredicateFrames(readFile("frames.json"), classes, Type),
            ClassNotEvents = new PhraseSet(List(triggers, "classNotEvents")),
            ClassNeedThing = List(triggers, "classNeedThing").Select(Type).ToHashSet(),
            ClassNeedForce = Strings(triggers.RootElement.GetProperty("classNeedForce").GetProperty("classes")).ToHashSet(StringComparer.Ordinal),
            ClassNeedParty = Strings(triggers.RootElement.GetProperty("classNeedParty").GetProperty("lemmas")).ToHashSet(StringComparer.Ordinal),
            ClassNeedPlace = triggers.RootElement.GetProperty("classNeedPlace").EnumerateObject().Where(p => !p.Name.StartsWith('_'))
                .Select(p => (Type(p.Name), new PhraseSet(Strings(p.Value)))).ToList(),
            ClassTypes = triggers.RootElement.GetProperty("classTypes").EnumerateObject().Where(p => !p.Name.StartsWith('_'))
                .Select(p => (p.Name, Type(p.Value.GetString()!)))
                .Concat(triggers.RootElement.GetProperty("classLemmas").EnumerateObject().Where(p => !p.Name.StartsWith('_')).Select(p => (p.Name, Type(p.Name))))
                .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal),
        };
    }
}

using System.Text.Json;

namespace BorderWatch.Ingestion.Incidents;

/// <summary>The word lists of <c>Lexicon/declarations.json</c> that <see cref="Declarations"/> reads the parse with (lemmas).</summary>
public sealed record DeclarationLexicon(
    IReadOnlySet<string> DeclarationVerbs, IReadOnlySet<string> ClearComplements, IReadOnlySet<string> PermissionVerbs,
    IReadOnlySet<string> CharacterisingVerbs, IReadOnlySet<string> DenyingVerbs, IReadOnlySet<string> AccountNouns,
    IReadOnlySet<string> Falsehoods, IReadOnlySet<string> ResponseWords, IReadOnlySet<string> ProtestNouns,
    IReadOnlySet<string> HandingVerbs, IReadOnlySet<string> ChargeVerbs, IReadOnlySet<string> SpeechParticles,
    IReadOnlySet<string> AssessmentVerbs, IReadOnlySet<string> ThreatNouns, IReadOnlySet<string> OfferVerbs, IReadOnlySet<string> MessageNouns)
{
    /// <summary>Words by which a warning speaks to whoever acts ("any attack", "anyone who ..."): determiners of the
    /// subject or the subject itself.</summary>
    public IReadOnlySet<string> BlanketWords { get; init; } = new HashSet<string>();

    /// <summary>precision38: what opens a side's account of the page's event ("according to", "in"), the account's nouns
    /// ("account", "version", "statement") and the words that make it one already known ("the", "its", "'s").</summary>
    public IReadOnlySet<string> AccountFrameOpeners { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> AccountFrameNouns { get; init; } = new HashSet<string>();
    public IReadOnlySet<string> AccountFrameDeterminers { get; init; } = new HashSet<string>();

    /// <summary>mend37: the field acts one side's account tells as parts of one incident (a patrol, a clash);
    /// another type under the frame is an act of its own (<see cref="SameEventRule.AccountRetold"/>).</summary>
    public IReadOnlySet<BorderWatch.Core.Domain.IncidentType> AccountFrameTypes { get; init; } = new HashSet<BorderWatch.Core.Domain.IncidentType>();

    public static DeclarationLexicon Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        HashSet<string> Set(string name) => LexiconJson.WordSet(doc.RootElement, "declarations.json", name);
        return new(Set("declarationVerbs"), Set("clearComplements"), Set("permissionVerbs"), Set("characterisingVerbs"), Set("denyingVerbs"),
            Set("accountNouns"), Set("falsehoods"), Set("responseWords"), Set("protestNouns"), Set("handingVerbs"), Set("chargeVerbs"), Set("speechParticles"),
            Set("assessmentVerbs"), Set("threatNouns"), Set("offerVerbs"), Set("messageNouns")) {
            BlanketWords = Set("blanketWords"), AccountFrameOpeners = Set("accountFrameOpeners"), AccountFrameNouns = Set("accountFrameNouns"),
            AccountFrameDeterminers = Set("accountFrameDeterminers"),
            AccountFrameTypes = Set("accountFrameTypes").Select(c => BorderWatch.Core.Domain.Codes.TryParseType(c, out var t) ? t
                : throw new InvalidOperationException($"declarations.json: accountFrameTypes holds '{c}', no incident type code")).ToHashSet(),
        };
    }

    /// <summary>A fresh copy of the embedded <c>Lexicon/declarations.json</c>, for its owner (the detector's composition: <see cref="DetectorLexicons"/>).</summary>
    public static DeclarationLexicon LoadEmbedded() => Parse(LexiconResource.Read("declarations.json"));
}

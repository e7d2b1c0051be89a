using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;

namespace BorderWatch.Core.Tests.Store;

/// <summary>
/// A small store exercising every filter: labelled incidents I1..I9 over three articles (A2 a duplicate of A1),
/// states, an organization with an alias, an armed group, a person with an alias, one superseded incident,
/// and incidents whose latest review rejects, merges or confirms them.
/// </summary>
public sealed class SampleIncidents
{
    public Dictionary<string, int> Incidents { get; } = [];
    public Dictionary<string, int> Articles { get; } = [];
    public Dictionary<string, int> Actors { get; } = [];

    public string LabelOf(int incidentId) => Incidents.Single(kv => kv.Value == incidentId).Key;

    public static readonly DateTimeOffset When = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    public static Article NewArticle(string sourceName, string text, string? title = null) => new()
    {
        SourceName = sourceName, SourceUrl = $"https://example.org/{Path.GetFileNameWithoutExtension(sourceName)}",
        RawContent = text, CleanedText = text, ContentHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(sourceName + text))),
        Title = title, IngestedAt = When, Format = SourceFormat.Text,
    };

    public static async Task<SampleIncidents> SeedAsync(BorderWatchDbContext db)
    {
        var s = new SampleIncidents();
        Actor State(string iso, string name) => new() { Kind = ActorKind.State, Key = iso, CanonicalName = iso, DisplayName = name };
        var afg = State("AFG", "Afghanistan");
        var tkm = State("TKM", "Turkmenistan");
        var rus = State("RUS", "Russia");
        var csto = new Actor
        {
            Kind = ActorKind.Organization, Key = "CSTO", CanonicalName = "CSTO", DisplayName = "Collective Security Treaty Organization",
            Aliases = [new ActorAlias { Alias = "ODKB", NormalizedAlias = "odkb" }],
        };
        var taliban = new Actor
        {
            Kind = ActorKind.ArmedGroup, Key = "taliban", CanonicalName = "Taliban", DisplayName = "Taliban",
            Aliases = [new ActorAlias { Alias = "Taleban", NormalizedAlias = "taleban" }],
        };
        var lavrov = new Actor
        {
            Kind = ActorKind.Person, Key = "sergey-lavrov", CanonicalName = "Sergey Lavrov", DisplayName = "Sergey Lavrov", CountryCode = "RUS",
            Aliases = [new ActorAlias { Alias = "Sergei Lavrov", NormalizedAlias = "sergei lavrov" }],
        };
        db.Actors.AddRange(afg, tkm, rus, csto, taliban, lavrov);

        var afgTkm = new BorderSegment { Code = "AFG-TKM", Name = "Afghanistan–Turkmenistan", StateA = "AFG", StateB = "TKM" };
        var afgTjk = new BorderSegment { Code = "AFG-TJK", Name = "Afghanistan–Tajikistan", StateA = "AFG", StateB = "TJK" };
        db.BorderSegments.AddRange(afgTkm, afgTjk);
        var kerki = new Place { Key = "kerki", Name = "Kerki", Kind = PlaceKind.Town, Latitude = 37.83, Longitude = 65.2, CountryCode = "TKM", BorderSegment = afgTkm };
        db.Places.Add(kerki);

        const string text1 = "Taliban fighters attacked a Turkmen post near Kerki, officials said. Lavrov visited Ashgabat. "
                             + "The CSTO will hold the \"Rubezh\" drills in October.";
        var a1 = NewArticle("seeds/001_first.txt", text1, "Border clash");
        var a2 = NewArticle("feeds/002_copy.txt", text1, "Border clash (copy)");
        a2.DuplicateOf = a1;
        const string text3 = "Moscow may send more troops, sources said. Turkmenistan signed an accord in 2020.";
        var a3 = NewArticle("seeds/003_third.txt", text3, "Troops");
        db.Articles.AddRange(a1, a2, a3);

        var incidents = new Dictionary<string, Incident>();
        Incident Add(string label, Article article, IncidentType type, PartialDate date, IncidentStatus status, string summary,
            string excerpt, BorderSegment? border = null, Place? place = null, params Actor[] actors)
        {
            var start = article.CleanedText.IndexOf(excerpt, StringComparison.Ordinal);
            var incident = new Incident
            {
                Article = article, Type = type, Date = date, Status = status, Summary = summary, BorderSegment = border, Place = place,
                Fingerprint = $"{label}-{article.SourceName}-{start}", ExtractedAt = When, Confidence = 0.8,
                LocationText = place?.Name,
                Actors = actors.Select(a => new IncidentActor { Actor = a, Role = ActorRole.Participant }).ToList(),
            };
            incident.Excerpts.Add(new Excerpt { Article = article, Start = start, End = start + excerpt.Length, Text = excerpt });
            incidents[label] = incident;
            db.Incidents.Add(incident);
            return incident;
        }

        Add("I1", a1, IncidentType.ArmedClash, PartialDate.OfDay(2021, 7, 5), IncidentStatus.Reported, "Clash at a border post",
            "Taliban fighters attacked a Turkmen post near Kerki", afgTkm, kerki, afg, tkm, taliban);
        Add("I2", a1, IncidentType.DiplomaticMeeting, PartialDate.OfYear(2016), IncidentStatus.Reported, "Lavrov in Ashgabat",
            "Lavrov visited Ashgabat.", afgTkm, null, rus, tkm, lavrov);
        Add("I3", a1, IncidentType.Exercise, PartialDate.OfMonth(2021, 10), IncidentStatus.Planned, "CSTO drills announced",
            "The CSTO will hold the \"Rubezh\" drills in October.", afgTjk, null, rus, csto);
        Add("I4", a3, IncidentType.Statement, PartialDate.Unknown, IncidentStatus.Unconfirmed, "Moscow may send troops",
            "Moscow may send more troops, sources said.", null, null, rus);
        Add("I5", a2, IncidentType.ArmedClash, PartialDate.OfDay(2021, 7, 5), IncidentStatus.Reported, "Clash at a border post (copy)",
            "Taliban fighters attacked a Turkmen post near Kerki", afgTkm, kerki, afg, tkm, taliban);
        var i6 = Add("I6", a3, IncidentType.Deployment, PartialDate.OfMonth(2021, 8), IncidentStatus.Unconfirmed, "Troops sent (superseded)",
            "Moscow may send more troops", null, null, rus);
        i6.Superseded = true;
        var i7 = Add("I7", a3, IncidentType.Deployment, PartialDate.OfDay(2021, 9, 1), IncidentStatus.Reported, "Troops sent (rejected)",
            "send more troops", null, null, rus);
        var i8 = Add("I8", a3, IncidentType.Agreement, PartialDate.OfYear(2020), IncidentStatus.Reported, "Accord signed with Туркменистан",
            "Turkmenistan signed an accord in 2020.");
        var i9 = Add("I9", a3, IncidentType.Agreement, PartialDate.OfYear(2019), IncidentStatus.Reported, "Accord signed (merged)",
            "signed an accord");
        await db.SaveChangesAsync();

        // Review order matters: the latest decision counts.
        IncidentReview Review(Incident i, ReviewDecision d, int? mergedInto = null) =>
            new() { IncidentId = i.Id, Decision = d, MergedIntoId = mergedInto, Analyst = "analyst", DecidedAt = When };
        db.IncidentReviews.Add(Review(i7, ReviewDecision.Confirmed));
        await db.SaveChangesAsync();
        db.IncidentReviews.Add(Review(i7, ReviewDecision.Rejected));
        db.IncidentReviews.Add(Review(i8, ReviewDecision.Rejected));
        await db.SaveChangesAsync();
        db.IncidentReviews.Add(Review(i8, ReviewDecision.Confirmed));
        db.IncidentReviews.Add(Review(i9, ReviewDecision.Merged, i8.Id));
        await db.SaveChangesAsync();

        foreach (var (label, incident) in incidents) s.Incidents[label] = incident.Id;
        s.Articles["A1"] = a1.Id; s.Articles["A2"] = a2.Id; s.Articles["A3"] = a3.Id;
        foreach (var a in new[] { afg, tkm, rus, csto, taliban, lavrov }) s.Actors[a.Key] = a.Id;
        return s;
    }
}

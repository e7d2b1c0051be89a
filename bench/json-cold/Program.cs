using System.Diagnostics;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Ingestion.Gazetteer;

// CPU milliseconds (user + system, this process) of each first use, in order: the runtime's start, the embedded
// gazetteer's load (its five JSON files), one correction written and read back, one record exported as JSON.
var process = Process.GetCurrentProcess();
double Cpu()
{
    process.Refresh();
    return process.TotalProcessorTime.TotalMilliseconds;
}

var t0 = Cpu();
var gazetteer = Gazetteer.Default;
var t1 = Cpu();
var correction = new IncidentCorrection
{
    Type = IncidentType.ArmedClash, Date = "2015-10", Actors = [new ActorRoleValue("TJK", ActorRole.Initiator)], Excerpt = new ExcerptSpan(1, 9),
};
var same = IncidentCorrection.FromJson(correction.ToJson()) == correction;
var t2 = Cpu();
using var exported = new MemoryStream();
IncidentExport.WriteJson(exported, [new IncidentRecord { Doc = "a.html", Id = 1, Type = "armed-clash", DatePrecision = "day", Status = "reported", Summary = "s", Countries = ["KGZ"] }]);
var t3 = Cpu();
Console.WriteLine($"start {t0:F0} gazetteer {t1 - t0:F0} correction {t2 - t1:F0} export {t3 - t2:F0} (TJK known {gazetteer.Find("TJK") is not null}, round trip equal {same})");
return same ? 0 : 1;

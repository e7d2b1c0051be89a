namespace BorderWatch.Ingestion.Tests.Language;

/// <summary>The figures the committed models reached (percent, gold tokens, punctuation included), rounded down.</summary>
internal static class AccuracyBars
{
    public const double EwtUpos = 95.3, EwtXpos = 94.7, EwtLemma = 96.6, EwtUas = 88.3, EwtLas = 86.7, EwtPredictedUas = 85.2, EwtPredictedLas = 82.2;
    public const double PudUpos = 94.9, PudXpos = 94.4, PudLemma = 97.0, PudUas = 85.4, PudLas = 83.4, PudPredictedUas = 81.9, PudPredictedLas = 78.1;
}

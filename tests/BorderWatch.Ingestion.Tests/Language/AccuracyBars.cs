namespace BorderWatch.Ingestion.Tests.Language;

/// <summary>The figures the committed models reached (percent, gold tokens, punctuation included), rounded down.</summary>
internal static class AccuracyBars
{
    public const double EwtUpos = 95.3, EwtXpos = 94.7, EwtLemma = 96.6, EwtUas = 88.7, EwtLas = 87.1, EwtPredictedUas = 85.4, EwtPredictedLas = 82.6;
    public const double PudUpos = 94.8, PudXpos = 94.4, PudLemma = 97.0, PudUas = 85.3, PudLas = 83.2, PudPredictedUas = 81.6, PudPredictedLas = 77.8;
}

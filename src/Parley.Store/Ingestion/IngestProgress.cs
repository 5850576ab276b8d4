namespace Parley.Store.Ingestion;

/// <summary>How far an ingest run is, reported after each input unit (an article, a failure or a skipped file).</summary>
/// <param name="FilesDone">Input files finished.</param>
/// <param name="FilesTotal">Input files found before the run started.</param>
/// <param name="BytesDone">Bytes of the finished files.</param>
/// <param name="BytesTotal">Bytes of all input files found before the run started.</param>
/// <param name="ArticlesRead">Articles read so far.</param>
/// <param name="CurrentFile">The file being read now.</param>
public sealed record IngestProgress(int FilesDone, int FilesTotal, long BytesDone, long BytesTotal, int ArticlesRead, string CurrentFile)
{
    /// <summary>Share of the bytes done, 0..1 (1 when there is nothing to read).</summary>
    public double Fraction => BytesTotal <= 0 ? 1 : Math.Clamp((double)BytesDone / BytesTotal, 0, 1);
}

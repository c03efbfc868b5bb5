using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Spice.Codecs.Quic;
using Spice.TestSupport;

namespace Spice.Benchmarks;

/// <summary>QUIC decode and encode of full 1920x1080 corpus frames; the MPix/s column is megapixels per second.</summary>
[MemoryDiagnoser]
[Config(typeof(QuicBenchmarkConfig))]
public class QuicBenchmarks
{
    private byte[] _pixels = [];
    private byte[] _stream = [];
    private byte[] _decoded = [];
    private byte[] _encoded = [];

    [Params("desktop-ui", "text-terminal", "photo")]
    public string Image { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        CorpusImage image = Corpus.Load(Image);
        _pixels = image.Bgra;
        _stream = QuicEncoder.Encode(_pixels, image.Width, image.Height, image.Stride, QuicImageType.Rgb32);
        _decoded = new byte[_pixels.Length];
        _encoded = new byte[QuicEncoder.MaxEncodedSize(image.Width, image.Height, QuicImageType.Rgb32)];
    }

    [Benchmark]
    public void Decode() => QuicDecoder.Decode(_stream, _decoded, 1920 * 4);

    [Benchmark]
    public int Encode() => QuicEncoder.Encode(_pixels, 1920, 1080, 1920 * 4, QuicImageType.Rgb32, _encoded);

    private sealed class QuicBenchmarkConfig : BenchmarkDotNet.Configs.ManualConfig
    {
        public QuicBenchmarkConfig() => AddColumn(new MegapixelsColumn());
    }

    /// <summary>1920x1080 pixels divided by the mean time.</summary>
    private sealed class MegapixelsColumn : IColumn
    {
        public string Id => "QuicMegapixels";

        public string ColumnName => "MPix/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Megapixels per second (1920x1080 per operation)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            BenchmarkReport? report = summary[benchmarkCase];
            double? nanoseconds = report?.ResultStatistics?.Mean;
            return nanoseconds is > 0 ? (1920.0 * 1080 / nanoseconds.Value * 1000).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) : "-";
        }

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}

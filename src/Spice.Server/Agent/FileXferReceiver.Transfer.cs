namespace Spice.Server.Agent;

public sealed partial class FileXferReceiver
{
    /// <summary>One file on its way in: an open temporary file and how much of it arrived.</summary>
    private sealed class Transfer
    {
        private readonly FileStream _stream;
        private readonly string _tempPath;

        private Transfer(uint id, string name, ulong size, FileStream stream, string tempPath)
        {
            Id = id;
            Name = name;
            Size = size;
            _stream = stream;
            _tempPath = tempPath;
        }

        public uint Id { get; }

        public string Name { get; }

        public ulong Size { get; }

        public ulong Received { get; private set; }

        public static Transfer Create(string directory, Spice.Protocol.Agent.FileXferStart start)
        {
            var tempPath = Path.Combine(directory, TempPrefix + Guid.NewGuid().ToString("N") + ".part");
            var stream = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
            return new Transfer(start.Id, start.Name, start.Size, stream, tempPath);
        }

        public void Write(ReadOnlySpan<byte> data)
        {
            _stream.Write(data);
            Received += (ulong)data.Length;
        }

        /// <summary>Flushes, checks the size on disk, and gives the file its own name; returns the final path.</summary>
        public string Complete(string directory)
        {
            _stream.Flush(flushToDisk: true);
            var length = _stream.Length;
            _stream.Dispose();
            if ((ulong)length != Size)
            {
                throw new IOException($"{length} bytes on disk, {Size} announced");
            }

            var stem = Path.GetFileNameWithoutExtension(Name);
            var extension = Path.GetExtension(Name);
            for (var n = 0; ; n++)
            {
                var candidate = Path.Combine(directory, n == 0 ? Name : $"{stem} ({n}){extension}");
                if (File.Exists(candidate) || System.IO.Directory.Exists(candidate))
                {
                    continue;
                }

                try
                {
                    File.Move(_tempPath, candidate, overwrite: false);
                    return candidate;
                }
                catch (IOException) when (File.Exists(candidate) && n < 1000)
                {
                    continue;
                }
            }
        }

        /// <summary>Closes and deletes the partial file; false when it could not be deleted.</summary>
        public bool Discard()
        {
            try
            {
                _stream.Dispose();
            }
            catch (IOException)
            {
                // flushing what was buffered can fail on a full disk; the handle is closed all the same
            }

            try
            {
                File.Delete(_tempPath);
                return true;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }
    }
}

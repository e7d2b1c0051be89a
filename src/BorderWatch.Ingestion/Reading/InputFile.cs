using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace BorderWatch.Ingestion.Reading;

/// <summary>
/// Reads the bytes of one input file safely: only a regular file is read (never a FIFO, a device such as
/// <c>/dev/zero</c>, a socket or a directory, also when a symbolic link points there), its size is checked on the
/// real file before reading, and reading stops one byte past the limit whatever the size claimed.
/// On Linux the file is opened non-blocking and its type is taken from the open handle (no race between check and
/// read); elsewhere the file system's own attributes are used.
/// </summary>
public static class InputFile
{
    public static byte[] ReadBytes(string path, string name, long maxBytes)
    {
        using var stream = Open(path, name, maxBytes);
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) throw TooLarge(name, buffer.Length, maxBytes, atLeast: true);
        }
        return buffer.ToArray();
    }

    public static InvalidDocumentException TooLarge(string name, long length, long maxBytes, bool atLeast = false)
    {
        var mb = (length / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture);
        return new InvalidDocumentException(name,
            $"file is {(atLeast ? "over " : "")}{mb} MB, larger than the {maxBytes / (1024 * 1024)} MB limit");
    }

    private static FileStream Open(string path, string name, long maxBytes)
    {
        if (!OperatingSystem.IsLinux())
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw new InvalidDocumentException(name, Directory.Exists(path) ? "is a folder, not a file" : "file not found");
            if (info.Length > maxBytes) throw TooLarge(name, info.Length, maxBytes);
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }

        var fd = NativeOpen(path, OpenReadOnly | OpenNonBlocking | OpenCloseOnExec);
        if (fd < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw new InvalidDocumentException(name, errno switch
            {
                2 => "file not found",            // ENOENT
                13 or 1 => "permission denied",   // EACCES, EPERM
                40 => "too many levels of symbolic links",
                _ => $"cannot be opened (error {errno})",
            });
        }
        var handle = new SafeFileHandle((IntPtr)fd, ownsHandle: true);
        try
        {
            var (kind, size) = Stat(handle);
            if (kind != RegularFile) throw new InvalidDocumentException(name, $"not a regular file ({KindName(kind)}); only regular files are read");
            if (size > maxBytes) throw TooLarge(name, size, maxBytes);
            return new FileStream(handle, FileAccess.Read, 1);
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private const int OpenReadOnly = 0, OpenNonBlocking = 0x800, OpenCloseOnExec = 0x80000;
    private const uint TypeMask = 0xF000, RegularFile = 0x8000;

    private static string KindName(uint kind) => kind switch
    {
        0x1000 => "a FIFO",
        0x2000 => "a character device",
        0x4000 => "a folder",
        0x6000 => "a block device",
        0xC000 => "a socket",
        _ => "not a file",
    };

    private static (uint Kind, long Size) Stat(SafeFileHandle handle)
    {
        // struct stat: st_mode at byte 24 on x86-64 (16 on arm64), st_size at byte 48 on both.
        var modeOffset = RuntimeInformation.ProcessArchitecture switch
        {
            Architecture.X64 => 24,
            Architecture.Arm64 => 16,
            var other => throw new PlatformNotSupportedException($"reading files is not supported on {other} Linux"),
        };
        var buffer = new byte[256];
        if (NativeFStat((int)handle.DangerousGetHandle(), buffer) != 0)
            throw new IOException($"fstat failed (error {Marshal.GetLastPInvokeError()})");
        var mode = BitConverter.ToUInt32(buffer, modeOffset);
        return (mode & TypeMask, BitConverter.ToInt64(buffer, 48));
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int NativeOpen([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

    [DllImport("libc", EntryPoint = "fstat", SetLastError = true)]
    private static extern int NativeFStat(int fd, [Out] byte[] buffer);
}

Console.Error.WriteLine("borderwatch: not implemented yet");
return 2;

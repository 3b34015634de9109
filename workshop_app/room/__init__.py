"""Room mode: participants answer from their own phones over the local network.

``server.RoomServer`` serves one workshop's room (aiohttp, on its own thread and event loop);
``access`` holds the room code, the devices' tokens and the slowing of wrong codes;
``answers`` reads what a phone may see and stores what it sends, through the Store.
Nothing here imports Qt widgets, and nothing opens a socket until a room is started.
"""

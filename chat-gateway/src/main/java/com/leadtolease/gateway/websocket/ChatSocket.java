package com.leadtolease.gateway.websocket;

import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;

/**
 * The web chat: {@code /ws/chat/{sessionId}?token=...} (token checked by {@link ChatTokenCheck} before the upgrade).
 * Frames of one connection are handled one at a time, in order, on a worker thread.
 */
@WebSocket(path = "/ws/chat/{sessionId}", endpointId = ChatSocket.ENDPOINT_ID)
public class ChatSocket {

    static final String ENDPOINT_ID = "web-chat";
    private static final UserData.TypedKey<ChatConnections.Client> CLIENT = new UserData.TypedKey<>("chatClient");

    private final ChatConnections connections;
    private final ChatFrameHandler handler;

    ChatSocket(ChatConnections connections, ChatFrameHandler handler) {
        this.connections = connections;
        this.handler = handler;
    }

    @OnOpen
    void open(WebSocketConnection socket) {
        socket.userData().put(CLIENT, connections.open(socket.pathParam("sessionId"), socket));
    }

    @OnTextMessage
    void frame(String text, WebSocketConnection socket) {
        handler.handle(socket.userData().get(CLIENT), socket.userData().get(ChatTokenCheck.CLIENT_ADDRESS), text);
    }

    @OnClose
    void close(WebSocketConnection socket) {
        ChatConnections.Client client = socket.userData().get(CLIENT);
        if (client != null) {
            connections.close(client);
        }
    }
}
